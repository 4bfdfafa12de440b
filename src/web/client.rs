//! Who is asking, for rate limits only (the address is never stored; see `limit`): the
//! connecting address, or, when that is a reverse proxy named in `FARO_TRUSTED_PROXY`,
//! the address the proxy says it served in `X-Real-IP`. Anyone else's header is ignored, so
//! a client cannot pick its own bucket.

use std::net::IpAddr;

use actix_web::HttpRequest;

pub fn address(req: &HttpRequest, trusted_proxies: &[IpAddr]) -> String {
    let Some(peer) = req.peer_addr().map(|a| a.ip()) else {
        return "unknown".to_string();
    };
    if trusted_proxies.contains(&peer)
        && let Some(real) = req
            .headers()
            .get("x-real-ip")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<IpAddr>().ok())
    {
        return real.to_string();
    }
    peer.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn request(peer: &str, real_ip: Option<&str>) -> HttpRequest {
        let mut req = TestRequest::default().peer_addr(format!("{peer}:5000").parse().unwrap());
        if let Some(ip) = real_ip {
            req = req.insert_header(("X-Real-IP", ip));
        }
        req.to_http_request()
    }

    #[test]
    fn only_a_trusted_proxy_names_the_client() {
        let proxy: IpAddr = "127.0.0.1".parse().unwrap();
        assert_eq!(
            address(&request("127.0.0.1", Some("203.0.113.9")), &[proxy]),
            "203.0.113.9"
        );
        assert_eq!(
            address(&request("198.51.100.7", Some("203.0.113.9")), &[proxy]),
            "198.51.100.7"
        );
        assert_eq!(
            address(&request("127.0.0.1", Some("not an address")), &[proxy]),
            "127.0.0.1"
        );
        assert_eq!(
            address(&request("127.0.0.1", Some("203.0.113.9")), &[]),
            "127.0.0.1"
        );
    }
}
