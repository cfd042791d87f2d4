using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.General;
using UglyToad.PdfPig.Graphics.Operations.PathConstruction;
using UglyToad.PdfPig.Graphics.Operations.PathPainting;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Writer;

namespace Ingest.Corpus.Official;

/// <summary>
/// Drawing on one page of a <see cref="PdfDocumentBuilder"/> in points (origin bottom left):
/// PdfPig's text and lines, plus the content-stream operators its builder has no method for —
/// rotated text, Bézier strokes, filled shapes, colours — added to the page's stream as they are.
/// </summary>
internal sealed class PdfCanvas(PdfPageBuilder page)
{
    public PdfPageBuilder Page { get; } = page;
    public double Width => Page.PageSize.Width;
    public double Height => Page.PageSize.Height;

    private void Op(IGraphicsStateOperation operation) => Page.CurrentStream.Operations.Add(operation);

    /// <summary>Advance width of <paramref name="text"/> set in <paramref name="font"/> at <paramref name="size"/>.</summary>
    public double Measure(string text, PdfDocumentBuilder.AddedFont font, double size)
    {
        if (text.Length == 0)
        {
            return 0;
        }
        var letters = Page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>Text on a baseline starting at (x, y).</summary>
    public void Text(string text, PdfDocumentBuilder.AddedFont font, double size, double x, double y) =>
        Page.AddText(text, size, new PdfPoint(x, y), font);

    /// <summary>Text whose baseline starts at (x, y) and runs at <paramref name="degrees"/> counter-clockwise.</summary>
    public void Text(string text, PdfDocumentBuilder.AddedFont font, double size, double x, double y, double degrees)
    {
        Op(Push.Value);
        Transform(x, y, degrees);
        Page.AddText(text, size, new PdfPoint(0, 0), font);
        Op(Pop.Value);
    }

    /// <summary>Moves the origin to (x, y) and turns the axes by <paramref name="degrees"/> until the matching <see cref="Restore"/>.</summary>
    public void Save(double x, double y, double degrees)
    {
        Op(Push.Value);
        Transform(x, y, degrees);
    }

    public void Restore() => Op(Pop.Value);

    private void Transform(double x, double y, double degrees)
    {
        var a = degrees * Math.PI / 180;
        Op(new ModifyCurrentTransformationMatrix([Math.Cos(a), Math.Sin(a), -Math.Sin(a), Math.Cos(a), x, y]));
    }

    /// <summary>Ink colour for strokes and fills (text included), 0–255 per channel.</summary>
    public void Color(byte r, byte g, byte b)
    {
        Page.SetStrokeColor(r, g, b);
        Page.SetTextAndFillColor(r, g, b);
    }

    public void Line(double x1, double y1, double x2, double y2, double width)
    {
        Op(new SetLineWidth(width));
        Op(new BeginNewSubpath(x1, y1));
        Op(new AppendStraightLineSegment(x2, y2));
        Op(StrokePath.Value);
    }

    /// <summary>A circle by four Bézier arcs, stroked or filled.</summary>
    public void Circle(double cx, double cy, double r, double width, bool fill = false)
    {
        const double k = 0.5523; // control distance of a quarter circle
        Op(new SetLineWidth(width));
        Op(new BeginNewSubpath(cx + r, cy));
        Op(new AppendDualControlPointBezierCurve(cx + r, cy + k * r, cx + k * r, cy + r, cx, cy + r));
        Op(new AppendDualControlPointBezierCurve(cx - k * r, cy + r, cx - r, cy + k * r, cx - r, cy));
        Op(new AppendDualControlPointBezierCurve(cx - r, cy - k * r, cx - k * r, cy - r, cx, cy - r));
        Op(new AppendDualControlPointBezierCurve(cx + k * r, cy - r, cx + r, cy - k * r, cx + r, cy));
        Op(fill ? FillPathNonZeroWinding.Value : StrokePath.Value);
    }

    /// <summary>A closed polygon, filled.</summary>
    public void FillPolygon(IReadOnlyList<PdfPoint> points)
    {
        Op(new BeginNewSubpath(points[0].X, points[0].Y));
        foreach (var p in points.Skip(1))
        {
            Op(new AppendStraightLineSegment(p.X, p.Y));
        }
        Op(CloseSubpath.Value);
        Op(FillPathNonZeroWinding.Value);
    }

    /// <summary>A rectangle's outline.</summary>
    public void Rectangle(double x, double y, double w, double h, double width)
    {
        Op(new SetLineWidth(width));
        Op(new AppendRectangle(x, y, w, h));
        Op(StrokePath.Value);
    }

    /// <summary>
    /// A pen stroke through <paramref name="points"/>: straight segments, or, when
    /// <paramref name="smooth"/>, a Catmull-Rom curve through every point (as a hand moves) —
    /// round caps and joins either way.
    /// </summary>
    public void Stroke(IReadOnlyList<PdfPoint> points, double width, bool smooth)
    {
        if (points.Count < 2)
        {
            return;
        }
        Op(new SetLineWidth(width));
        Op(new SetLineCap(1));
        Op(new SetLineJoin(1));
        Op(new BeginNewSubpath(points[0].X, points[0].Y));
        for (var i = 1; i < points.Count; i++)
        {
            if (!smooth)
            {
                Op(new AppendStraightLineSegment(points[i].X, points[i].Y));
                continue;
            }
            var p0 = points[Math.Max(i - 2, 0)];
            var p1 = points[i - 1];
            var p2 = points[i];
            var p3 = points[Math.Min(i + 1, points.Count - 1)];
            Op(new AppendDualControlPointBezierCurve(
                p1.X + (p2.X - p0.X) / 6, p1.Y + (p2.Y - p0.Y) / 6,
                p2.X - (p3.X - p1.X) / 6, p2.Y - (p3.Y - p1.Y) / 6,
                p2.X, p2.Y));
        }
        Op(StrokePath.Value);
        Op(new SetLineCap(0));
        Op(new SetLineJoin(0));
    }
}
