"""Reading files, folders, feeds and standard input into plain Article objects."""

from tui.articles.model import Article, LoadProblem
from tui.articles.sources import DEFAULT_MAX_BYTES, Loaded, iter_load, load

__all__ = ["DEFAULT_MAX_BYTES", "Article", "LoadProblem", "Loaded", "iter_load", "load"]
