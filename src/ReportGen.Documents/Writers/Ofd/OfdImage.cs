using System.Security.Cryptography;
using ReportGen.Documents.Layout.Pages;

namespace ReportGen.Documents.Writers.Ofd;

/// <summary>A picture as a MultiMedia resource: the PNG or JPEG file passed through unchanged, stored once however often it is placed.</summary>
internal sealed record OfdImage(int Id, string FileName, string Format, ImageItem Source)
{
    public static Dictionary<ImageItem, OfdImage> Collect(LayoutResult layout, OfdIds ids)
    {
        var byContent = new Dictionary<string, OfdImage>(StringComparer.Ordinal);
        var result = new Dictionary<ImageItem, OfdImage>(ReferenceEqualityComparer.Instance);
        foreach (var page in layout.Pages)
        {
            foreach (var item in page.Items)
            {
                if (item is not ImageItem image || result.ContainsKey(image)) continue;
                var hash = Convert.ToHexString(SHA256.HashData(image.Data.AsSpan()));
                if (!byContent.TryGetValue(hash, out var resource))
                {
                    var id = ids.Next();
                    var png = image.MediaType == "image/png";
                    byContent[hash] = resource = new OfdImage(id, $"Image_{id}.{(png ? "png" : "jpg")}", png ? "PNG" : "JPEG", image);
                }
                result[image] = resource;
            }
        }
        return result;
    }
}
