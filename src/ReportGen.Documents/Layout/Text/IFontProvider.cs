namespace ReportGen.Documents.Layout.Text;

/// <summary>Gives layout the font chain of a role; implemented by the font catalog and by test fakes.</summary>
public interface IFontProvider
{
    FontStack GetStack(TextRole role);
}
