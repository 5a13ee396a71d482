"""Reading an article: text in, records out (text -> mentions -> skeleton -> phrases -> the article's facts)."""
