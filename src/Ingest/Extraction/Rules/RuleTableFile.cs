namespace Ingest.Extraction.Rules;

/// <summary>A rule table as written in YAML (<c>Extraction/Rules/ENTITY.yaml</c>), before it is checked.</summary>
internal sealed class RuleTableFile
{
    public string Entity { get; set; } = "";
    public string Why { get; set; } = "";
    public List<RuleEntry> Rules { get; set; } = [];

    /// <summary>One rule as written.</summary>
    internal sealed class RuleEntry
    {
        public string Name { get; set; } = "";
        public string On { get; set; } = "folded";
        public int Priority { get; set; }
        public string Produces { get; set; } = "";
        public string Why { get; set; } = "";
        public string Pattern { get; set; } = "";
        public bool IgnoreCase { get; set; }
        public List<string> Match { get; set; } = [];
        public List<string> No { get; set; } = [];
        public List<Dictionary<string, string>> Captures { get; set; } = [];
    }
}
