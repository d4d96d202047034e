package com.wmxtopup.counter.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.wmxtopup.counter.application.report.SalesReport.Line;
import com.wmxtopup.counter.application.report.SalesReport.Totals;
import com.wmxtopup.counter.ui.common.I18n;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextsTest {

    @Test
    void theDayChartLabelsAtMostEightPointsLevel() {
        assertThat(ReportTexts.labelEvery(1)).isEqualTo(1);
        assertThat(ReportTexts.labelEvery(7)).isEqualTo(1);
        assertThat(ReportTexts.labelEvery(24)).isEqualTo(3);
        assertThat(ReportTexts.labelEvery(31)).isEqualTo(5);
        assertThat(ReportTexts.labelEvery(365)).isEqualTo(46);
    }

    @Test
    void rupiahAxisTicksAreInTheLanguageOfTheMoment() {
        var i18n = new I18n(I18n.INDONESIAN);
        var texts = new ReportTexts(i18n);
        assertThat(texts.axisTick(0)).isEqualTo("0");
        assertThat(texts.axisTick(250_000)).isEqualTo("250 rb");
        assertThat(texts.axisTick(1_500_000)).isEqualTo("1,5 jt");
        i18n.localeProperty().set(I18n.ENGLISH);
        assertThat(texts.axisTick(250_000)).isEqualTo("250k");
        assertThat(texts.axisTick(1_500_000)).isEqualTo("1.5M");
        assertThat(texts.axisTick(12_000_000)).isEqualTo("12M");
    }

    @Test
    void longGameNamesAreShortenedOnTheChartAndKeptWholeForItsTooltip() {
        var texts = new ReportTexts(new I18n(I18n.INDONESIAN));
        var some = new Totals(1, 10_000, 9_000);
        var points = texts.games(List.of(new Line("MLBB", "Mobile Legends: Bang Bang", some, some),
                new Line("MLA", "Mobile Legends: Bang Bang Adventure", some, some), new Line("FF", "Free Fire", some, some)), 8);

        assertThat(points).extracting(ReportTexts.Point::category)
                .containsExactly("Mobile Legends: B…", "Mobile Legends: Bang Bang Adventure", "Free Fire");
        assertThat(points).extracting(ReportTexts.Point::name)
                .containsExactly("Mobile Legends: Bang Bang", "Mobile Legends: Bang Bang Adventure", "Free Fire");
        assertThat(texts.games(points.stream().map(p -> new Line(p.name(), p.name(), some, some)).toList(), 2)).hasSize(2);
    }

    @Test
    void aRupiahAxisHasAtMostFourRoundSteps() {
        assertThat(ReportTexts.scale(0)).isEqualTo(new ReportTexts.Scale(1_000, 1_000));
        assertThat(ReportTexts.scale(222_000)).isEqualTo(new ReportTexts.Scale(300_000, 100_000));
        assertThat(ReportTexts.scale(6_688_000)).isEqualTo(new ReportTexts.Scale(8_000_000, 2_000_000));
        assertThat(ReportTexts.scale(9_000_000)).isEqualTo(new ReportTexts.Scale(10_000_000, 2_500_000));
        assertThat(ReportTexts.scale(20_000_000)).isEqualTo(new ReportTexts.Scale(20_000_000, 5_000_000));
    }
}
