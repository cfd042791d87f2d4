using FsCheck;
using FsCheck.Fluent;
using Ingest.Extraction;

namespace Ingest.Tests.Extraction;

public class VietnameseDateTests
{
    [Theory]
    [InlineData("ngày 02 tháng 11 năm 2017", "2017-11-02")]
    [InlineData("ngay 2 thang 11 nam 2017", "2017-11-02")]
    [InlineData("02/11/2017", "2017-11-02")]
    [InlineData("21/8/2017", "2017-08-21")]
    [InlineData("ngày 31/02/2017", null)]
    public void Parses_both_written_forms(string text, string? iso) =>
        Assert.Equal(iso, VietnameseDate.Parse(TestModels.Rules, text)?.ToString());

    [Fact]
    public void Any_calendar_date_round_trips_through_its_written_form()
    {
        var dates = Gen.Choose(1990, 2035).SelectMany(y => Gen.Choose(1, 12).SelectMany(m =>
            Gen.Choose(1, DateTime.DaysInMonth(y, m)).Select(d => new PartialDate(y, m, d))));
        Prop.ForAll(dates.ToArbitrary(), date =>
                VietnameseDate.Parse(TestModels.Rules, VietnameseDate.ToVietnamese(date)) == date
                && VietnameseDate.Parse(TestModels.Rules, $"{date.Day}/{date.Month}/{date.Year}") == date)
            .QuickCheckThrowOnFailure();
    }
}
