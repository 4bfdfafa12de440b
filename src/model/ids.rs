use uuid::Uuid;

/// The namespace under which records born in `data/` derive their UUIDs (DESIGN.md).
pub const NAMESPACE: Uuid = Uuid::from_u128(0x7d3f6a1e_5c2b_4e8f_9a47_1b0c2d3e4f50);

/// UUID v5 of a slug path: `org`, `org/service`, `org/service/channel-or-location`.
pub fn derive(path: &[&str]) -> Uuid {
    Uuid::new_v5(&NAMESPACE, path.join("/").as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_are_stable_and_path_sensitive() {
        assert_eq!(derive(&["polaris"]), derive(&["polaris"]));
        assert_ne!(derive(&["polaris", "hotline"]), derive(&["polaris"]));
        assert_eq!(derive(&["a", "b"]), Uuid::new_v5(&NAMESPACE, b"a/b"));
        assert_eq!(derive(&["polaris"]).get_version_num(), 5);
    }
}
