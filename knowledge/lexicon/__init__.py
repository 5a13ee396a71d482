"""The one vocabulary shared by reading and questions: parties, titles, seat names, number words, verbs, elections."""
