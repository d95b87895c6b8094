namespace ReportGen.Tests.Ofd;

/// <summary>
/// Structural similarity (Wang, Bovik, Sheikh, Simoncelli 2004) of two greyscale renderings over 8×8
/// windows (stride 4), on the area both cover. Besides the mean over the page it gives the mean over
/// "ink" windows only (where either image is not blank), which blank margins cannot inflate.
/// </summary>
public static class Ssim
{
    private const int Window = 8;
    private const int Stride = 4;
    private const double C1 = 0.01 * 255 * (0.01 * 255);
    private const double C2 = 0.03 * 255 * (0.03 * 255);

    public readonly record struct Result(double Mean, double InkMean, int InkWindows);

    public static Result Compare(GreyImage a, GreyImage b)
    {
        var w = Math.Min(a.Width, b.Width);
        var h = Math.Min(a.Height, b.Height);
        double sum = 0, inkSum = 0;
        int count = 0, inkCount = 0;
        const int n = Window * Window;
        for (var y0 = 0; y0 + Window <= h; y0 += Stride)
        {
            for (var x0 = 0; x0 + Window <= w; x0 += Stride)
            {
                double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
                var darkest = 255;
                for (var y = y0; y < y0 + Window; y++)
                    for (var x = x0; x < x0 + Window; x++)
                    {
                        double pa = a[x, y], pb = b[x, y];
                        darkest = Math.Min(darkest, Math.Min(a[x, y], b[x, y]));
                        sa += pa; sb += pb; saa += pa * pa; sbb += pb * pb; sab += pa * pb;
                    }
                double ma = sa / n, mb = sb / n;
                var va = saa / n - ma * ma;
                var vb = sbb / n - mb * mb;
                var cov = sab / n - ma * mb;
                var ssim = (2 * ma * mb + C1) * (2 * cov + C2) / ((ma * ma + mb * mb + C1) * (va + vb + C2));
                sum += ssim;
                count++;
                // A window is ink when either rendering puts a visible mark in it (a pixel darker than 7/8 white).
                if (darkest < 224)
                {
                    inkSum += ssim;
                    inkCount++;
                }
            }
        }
        return new Result(count == 0 ? 1 : sum / count, inkCount == 0 ? 1 : inkSum / inkCount, inkCount);
    }
}
