using System.Runtime.CompilerServices;

namespace ReportGen.Formats;

/// <summary>
/// Rows and columns looked up by key, indexed once per list: the checks and the template ask for cells
/// thousands of times a report, and a scan with a fresh closure each time was a measurable share of a
/// batch. Kept beside the list (not in the record) so record equality and <c>with</c> copies stay as they are.
/// </summary>
internal static class KeyIndex
{
    private static readonly ConditionalWeakTable<object, object> Indexes = new();

    public static IReadOnlyDictionary<string, T> Of<T>(IReadOnlyList<T> items, Func<T, string> key) where T : class
        => Indexes.TryGetValue(items, out var found) ? (IReadOnlyDictionary<string, T>)found : Add(items, key);

    /// <summary>
    /// The first lookup of a list. Its own method because the lambda captures the parameters: C# allocates
    /// the closure on entry to the method that declares them, so in <see cref="Of{T}"/> every lookup paid for one.
    /// </summary>
    private static IReadOnlyDictionary<string, T> Add<T>(IReadOnlyList<T> items, Func<T, string> key) where T : class
        => (IReadOnlyDictionary<string, T>)Indexes.GetValue(items, _ => Build(items, key));

    private static Dictionary<string, T> Build<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var index = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        // The first of equal keys wins, as the scan it replaces found it.
        foreach (var item in items) index.TryAdd(key(item), item);
        return index;
    }
}
