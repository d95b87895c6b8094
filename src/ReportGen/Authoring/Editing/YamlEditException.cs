namespace ReportGen.Authoring.Editing;

/// <summary>The YAML text could not be read, or no rewrite of it reads back as wanted; the message is Chinese, from the catalogue.</summary>
public sealed class YamlEditException(string message) : Exception(message);
