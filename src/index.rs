//! A hash index of ids by names: the model's indicators by key and family, the share check's
//! indicators by the core of their key, the findings by their wording.
//!
//! The index keeps ids only (`usize`s, as `u32`); the caller keeps what they stand for, hashes
//! its own key with [`hash`] and tells which candidates are equal. A candidate list can hold
//! ids of other keys whose hash collides, so every lookup filters. One small table serves the
//! three lookups, where `std`'s `HashMap` of `(String, Family)` keys took 1.3 KB more of the gzipped
//! wasm with its SipHash and per-process random keys, which nothing here needs: the keys come
//! from the text being read, and a slow text only slows its own analysis.
//!
//! | call                                   | index holds      | returns           |
//! |----------------------------------------|------------------|-------------------|
//! | `insert(hash(&["GDP"]), 0, …)`         | 0                |                   |
//! | `insert(hash(&["GDP"]), 3, …)`         | 0, 3             |                   |
//! | `candidates(hash(&["GDP"]))`           | 0, 3             | 0, 3 (in order)   |
//! | `candidates(hash(&["人口"]))`           | 0, 3             | none, or a collision to filter out |
//!
//! Ids are inserted in increasing order, and the candidates come back in that order: the first
//! indicator under a name is the one a lookup finds first.

/// FNV-1a over `parts`, each followed by 0xFF (a byte no UTF-8 text holds), so that
/// `["ab", "c"]` and `["a", "bc"]` differ.
pub fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        h = (h ^ 0xFF).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Open addressing with linear probing, at most half full. A slot holds `id + 1`, or 0 when
/// empty; with no removals, the ids of one hash lie on its probe run in the order inserted.
#[derive(Debug, Default, Clone)]
pub struct Index {
    slots: Vec<u32>,
    /// Each id with its hash, in the order inserted, to fill a larger table.
    ids: Vec<(u64, u32)>,
}

impl Index {
    /// Adds `id` under `hash`. Ids must come in increasing order.
    pub fn insert(&mut self, hash: u64, id: usize) {
        debug_assert!(self.ids.last().is_none_or(|&(_, last)| (last as usize) < id));
        let id = u32::try_from(id).unwrap_or(u32::MAX - 1);
        self.ids.push((hash, id));
        if self.ids.len() * 2 > self.slots.len() {
            self.slots = vec![0; (self.slots.len() * 2).max(16)];
            for k in 0..self.ids.len() {
                let (h, id) = self.ids[k];
                self.place(h, id);
            }
        } else {
            self.place(hash, id);
        }
    }

    fn place(&mut self, hash: u64, id: u32) {
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        while self.slots[at] != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = id + 1;
    }

    /// The ids inserted under `hash`, in the order inserted, with any whose hash collides
    /// with it: the caller keeps the ones whose key is equal.
    // Not inlined: one copy of the masking serves every lookup.
    #[inline(never)]
    pub fn candidates(&self, hash: u64) -> Candidates<'_> {
        let at = hash as usize & self.slots.len().wrapping_sub(1);
        Candidates { slots: &self.slots, at, left: self.slots.len() }
    }
}

/// The ids on one probe run, from [`Index::candidates`]: the slots from the hash's own, up to
/// the first empty one, at most once round the table.
pub struct Candidates<'a> {
    slots: &'a [u32],
    at: usize,
    left: usize,
}

impl Iterator for Candidates<'_> {
    type Item = usize;

    // Not inlined: one copy serves every lookup, where each caller's closure would carry the
    // probe loop.
    #[inline(never)]
    fn next(&mut self) -> Option<usize> {
        let slot = *self.slots.get(self.at).filter(|_| self.left > 0)?;
        if slot == 0 {
            self.left = 0;
            return None;
        }
        self.left -= 1;
        self.at = (self.at + 1) & (self.slots.len() - 1);
        Some(slot as usize - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_id_of_a_key_in_order_and_no_other() {
        let keys: Vec<String> = (0..1000).map(|i| format!("指标{}", i % 300)).collect();
        let mut index = Index::default();
        for (id, k) in keys.iter().enumerate() {
            index.insert(hash(&[k]), id);
        }
        for probe in ["指标7", "指标299", "指标300"] {
            let found: Vec<usize> = index.candidates(hash(&[probe])).filter(|&i| keys[i] == probe).collect();
            let expected: Vec<usize> = (0..keys.len()).filter(|&i| keys[i] == probe).collect();
            assert_eq!(found, expected, "{probe}");
        }
        assert_eq!(Index::default().candidates(hash(&["x"])).count(), 0);
        assert_ne!(hash(&["ab", "c"]), hash(&["a", "bc"]));
    }
}
