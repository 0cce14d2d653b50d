"""Full-text search over stored articles and quotes (tantivy index beside the store)."""

from veille.search.index import ActorProfile, Filters, Hit, Results, SearchIndex, actor_profile, index_path, keyword, sync_quietly

__all__ = ["ActorProfile", "actor_profile", "Filters", "Hit", "Results", "SearchIndex", "index_path", "keyword", "sync_quietly"]
