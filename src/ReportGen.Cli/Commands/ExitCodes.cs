namespace ReportGen.Cli.Commands;

/// <summary>0: success (warnings allowed); 1: the data has errors; 2: usage or I/O problem.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int DataErrors = 1;
    public const int UsageOrIo = 2;
}
