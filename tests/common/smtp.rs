//! An SMTP sink on loopback: it accepts every message and keeps it for the test to read.
//! Speaks just enough of RFC 5321 for a real client (lettre) to deliver.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Mail {
    pub from: String,
    pub to: Vec<String>,
    /// The message as sent: headers, a blank line, the body.
    pub data: String,
}

impl Mail {
    pub fn header(&self, name: &str) -> Option<&str> {
        let head = self.data.split("\r\n\r\n").next().unwrap_or("");
        head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }

    /// The body as the reader sees it (quoted-printable decoded).
    pub fn body(&self) -> String {
        let raw = self.data.split_once("\r\n\r\n").map_or("", |(_, b)| b);
        let encoding = self.header("Content-Transfer-Encoding").unwrap_or("7bit");
        if !encoding.eq_ignore_ascii_case("quoted-printable") {
            return raw.to_string();
        }
        let joined = raw.replace("=\r\n", "");
        let mut bytes = Vec::new();
        let mut rest = joined.as_bytes();
        while let Some((&first, tail)) = rest.split_first() {
            match (
                first,
                tail.get(..2).and_then(|h| std::str::from_utf8(h).ok()),
            ) {
                (b'=', Some(hex)) if u8::from_str_radix(hex, 16).is_ok() => {
                    bytes.push(u8::from_str_radix(hex, 16).unwrap());
                    rest = &tail[2..];
                }
                _ => {
                    bytes.push(first);
                    rest = tail;
                }
            }
        }
        String::from_utf8(bytes).expect("UTF-8 text")
    }
}

pub struct Sink {
    pub port: u16,
    mails: Arc<Mutex<Vec<Mail>>>,
}

impl Sink {
    pub fn start() -> Sink {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let mails = Arc::new(Mutex::new(Vec::new()));
        let kept = mails.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().map_while(Result::ok) {
                let kept = kept.clone();
                std::thread::spawn(move || converse(stream, &kept));
            }
        });
        Sink { port, mails }
    }

    /// `FARO_SMTP_URL` for this sink.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn mails(&self) -> Vec<Mail> {
        self.mails.lock().unwrap().clone()
    }

    /// Waits up to 20 s until at least `n` messages arrived.
    pub fn wait_for(&self, n: usize) -> Vec<Mail> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let mails = self.mails();
            if mails.len() >= n {
                return mails;
            }
            assert!(
                Instant::now() < deadline,
                "{} of {n} messages arrived: {mails:#?}",
                mails.len()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn converse(stream: TcpStream, kept: &Mutex<Vec<Mail>>) {
    let mut out = stream.try_clone().unwrap();
    let mut lines = BufReader::new(stream);
    let mut say = |text: &str| out.write_all(format!("{text}\r\n").as_bytes()).is_ok();
    say("220 sink ESMTP");
    let (mut from, mut to) = (String::new(), Vec::new());
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let command = line.trim_end().to_string();
        let upper = command.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            say("250-sink");
            say("250 8BITMIME");
        } else if upper.starts_with("HELO") || upper.starts_with("NOOP") {
            say("250 ok");
        } else if upper.starts_with("RSET") {
            (from, to) = (String::new(), Vec::new());
            say("250 ok");
        } else if upper.starts_with("MAIL FROM:") {
            from = address(&command);
            say("250 ok");
        } else if upper.starts_with("RCPT TO:") {
            to.push(address(&command));
            say("250 ok");
        } else if upper == "DATA" {
            say("354 end with <CRLF>.<CRLF>");
            let mut data = String::new();
            loop {
                line.clear();
                if lines.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                if line == ".\r\n" {
                    break;
                }
                data.push_str(line.strip_prefix('.').unwrap_or(&line));
            }
            kept.lock().unwrap().push(Mail {
                from: std::mem::take(&mut from),
                to: std::mem::take(&mut to),
                data,
            });
            say("250 queued");
        } else if upper == "QUIT" {
            say("221 bye");
            return;
        } else {
            say("502 not here");
        }
    }
}

fn address(command: &str) -> String {
    command
        .split_once('<')
        .and_then(|(_, rest)| rest.split_once('>'))
        .map(|(a, _)| a.to_string())
        .unwrap_or_default()
}
