using System.Text.RegularExpressions;

namespace ReportGen.Parsing;

/// <summary>
/// The one rule for patterns over text from data files: the engine whose time is linear in the length of
/// the text (no backtracking), so a 1 MB run of digits or spaces costs a pass, not a pass per character.
/// Every pattern of the product uses it (enforced by ArchitectureTests); format files' patterns too.
/// </summary>
public static class LinearText
{
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
}
