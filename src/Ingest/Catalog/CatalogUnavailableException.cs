namespace Ingest.Catalog;

/// <summary>The catalog's database cannot be reached or opened; the message says where and why.</summary>
public sealed class CatalogUnavailableException(string message, Exception inner) : Exception(message, inner);
