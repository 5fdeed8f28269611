//! Disjoint sets over dense ids (union–find with path halving): the one grouping used by facts (matched
//! sentences), families (documents that copy one story) and discrepancies (values joined through
//! aligned sentences). Small enough to keep here rather than add a crate for it.

/// Disjoint sets of `0..n`.
#[derive(Debug, Clone)]
pub struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    pub fn new(n: usize) -> Self {
        UnionFind { parent: (0..n).collect() }
    }

    /// The representative of `x`'s set: its smallest member when only [`UnionFind::union`] joined them.
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets of `a` and `b`, keeping the smaller representative; returns it.
    pub fn union(&mut self, a: usize, b: usize) -> usize {
        let (ra, rb) = (self.find(a), self.find(b));
        let (keep, gone) = (ra.min(rb), ra.max(rb));
        self.parent[gone] = keep;
        keep
    }

    /// Every set, each sorted, in order of their smallest member.
    pub fn groups(&mut self) -> Vec<Vec<usize>> {
        // Indexed by root (a list per element, empty and unallocated for all but the roots).
        let mut by_root: Vec<Vec<usize>> = vec![Vec::new(); self.parent.len()];
        for x in 0..self.parent.len() {
            let r = self.find(x);
            by_root[r].push(x);
        }
        let mut groups: Vec<Vec<usize>> = by_root.into_iter().filter(|g| !g.is_empty()).collect();
        crate::sort::sort_by_key(&mut groups, |g| g[0]);
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unions_chain_and_keep_the_smallest_representative() {
        let mut u = UnionFind::new(6);
        u.union(4, 2);
        u.union(2, 5);
        u.union(0, 1);
        assert_eq!(u.find(5), 2);
        assert_eq!(u.groups(), vec![vec![0, 1], vec![2, 4, 5], vec![3]]);
    }
}
