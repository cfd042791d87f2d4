namespace Ingest.Corpus;

/// <summary>Progress of making channel training pairs: documents rendered and OCR'd, pairs so far.</summary>
public sealed record ChannelPairProgress(int Done, int Total, int Pairs);
