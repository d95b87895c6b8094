namespace ReportGen.Documents.Layout.Pages;

/// <summary>One path segment; unused coordinates are zero.</summary>
public readonly record struct PathSegment(PathVerb Verb, double X1 = 0, double Y1 = 0, double X2 = 0, double Y2 = 0, double X3 = 0, double Y3 = 0);
