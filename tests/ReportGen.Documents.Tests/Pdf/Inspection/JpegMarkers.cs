using System.Buffers.Binary;

namespace ReportGen.Documents.Tests.Pdf.Inspection;

/// <summary>
/// Walks a JPEG's marker segments (ITU T.81 Annex B) from SOI to EOI: every segment length in bounds, one
/// frame header, entropy-coded data only after a scan header. Enough to know a viewer's decoder gets a whole,
/// well-formed JPEG of the size the image dictionary claims; the pixels themselves are poppler's job (external).
/// </summary>
public static class JpegMarkers
{
    public sealed record Frame(int Width, int Height, int Components, int Precision, bool Progressive);

    /// <summary>Returns the data unchanged when it is a well-formed JPEG; throws <see cref="InvalidDataException"/> otherwise.</summary>
    public static byte[] Check(byte[] jpeg)
    {
        Read(jpeg);
        return jpeg;
    }

    public static Frame Read(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8) throw new InvalidDataException("JPEG does not start with SOI");
        Frame? frame = null;
        var scans = 0;
        var i = 2;
        while (true)
        {
            if (i + 2 > jpeg.Length) throw new InvalidDataException("JPEG ends without EOI");
            if (jpeg[i] != 0xFF) throw new InvalidDataException($"JPEG: no marker at byte {i}");
            var marker = jpeg[i + 1];
            if (marker == 0xFF) { i++; continue; } // fill byte
            i += 2;
            if (marker == 0xD9)
            {
                if (frame is null || scans == 0) throw new InvalidDataException("JPEG: EOI before a frame and a scan");
                if (i != jpeg.Length) throw new InvalidDataException($"JPEG: {jpeg.Length - i} bytes after EOI");
                return frame;
            }
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) continue; // RSTn, TEM: no length
            if (i + 2 > jpeg.Length) throw new InvalidDataException("JPEG: segment length cut short");
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[i..]);
            if (length < 2 || i + length > jpeg.Length) throw new InvalidDataException($"JPEG: segment FF{marker:X2} of length {length} runs past the end");
            var segment = jpeg.Slice(i + 2, length - 2);
            if (marker is 0xC0 or 0xC1 or 0xC2)
            {
                if (frame is not null) throw new InvalidDataException("JPEG: two frame headers");
                if (segment.Length < 6) throw new InvalidDataException("JPEG: frame header too short");
                frame = new Frame(BinaryPrimitives.ReadUInt16BigEndian(segment[3..]), BinaryPrimitives.ReadUInt16BigEndian(segment[1..]),
                    segment[5], segment[0], marker == 0xC2);
                if (segment.Length != 6 + 3 * frame.Components) throw new InvalidDataException("JPEG: frame header length does not match its components");
            }
            else if (marker is 0xC3 or >= 0xC5 and <= 0xCF and not 0xC8 and not 0xCC)
                throw new InvalidDataException($"JPEG: frame type FF{marker:X2} (lossless/hierarchical/arithmetic) that PDF readers need not decode");
            i += length;
            if (marker == 0xDA)
            {
                if (frame is null) throw new InvalidDataException("JPEG: scan before the frame header");
                scans++;
                // Entropy-coded data up to the next marker that is not a stuffed zero or a restart.
                while (i + 1 < jpeg.Length && !(jpeg[i] == 0xFF && jpeg[i + 1] is not 0x00 and not (>= 0xD0 and <= 0xD7))) i++;
            }
        }
    }
}
