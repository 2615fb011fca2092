"""Message text written by a language model behind an OpenAI-compatible chat endpoint, kept only
where a grounding gate finds every sentence supported by the message's sources."""
