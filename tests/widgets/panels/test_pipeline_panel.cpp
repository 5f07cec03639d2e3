// PipelinePanel: user edits emit complete settings with stable merge keys,
// programmatic updates are silent, invalid search input emits nothing.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include "panels/pipeline_panel.h"

using exo::pipeline::DetrendMethod;
using exo::pipeline::PrepareSettings;
using exo::pipeline::SearchSettings;
using exo::ui::PipelinePanel;

class TestPipelinePanel : public QObject {
    Q_OBJECT
private:
    template <class T>
    static T* child(QWidget* w, const char* name)
    {
        T* c = w->findChild<T*>(QLatin1String(name));
        if (!c)
            qFatal("missing child %s", name);
        return c;
    }
    static PrepareSettings prepareArg(const QSignalSpy& spy, int i) { return spy.at(i).at(0).value<PrepareSettings>(); }
    static SearchSettings searchArg(const QSignalSpy& spy, int i) { return spy.at(i).at(0).value<SearchSettings>(); }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // At 1280x720 in French the window slider shrank to its handle, which looked like an
    // unticked check box: it is shown only with room to be a slider.
    void windowSliderShownOnlyWithRoom()
    {
        PipelinePanel p;
        auto* slider = child<QSlider>(&p, "windowSlider");
        p.resize(460, 700);
        p.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p));
        QTRY_VERIFY(slider->isVisible());
        QVERIFY2(slider->width() >= 48, qPrintable(QString::number(slider->width())));
        // A long label beside it (as in French) and the panel at its narrowest: the row has
        // no 48 px left for the slider.
        child<QCheckBox>(&p, "windowAutoCheck")->setText(QStringLiteral("Automatique, par étoile"));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&p, &change);
        QCoreApplication::processEvents();
        p.resize(p.minimumSizeHint().width(), 700);
        QTRY_VERIFY(!slider->isVisible());
        // Wide again: back.
        p.resize(700, 700);
        QTRY_VERIFY(slider->isVisible());
        QVERIFY2(slider->width() >= 48, qPrintable(QString::number(slider->width())));
    }

    void windowSpinEmitsWithStableKey()
    {
        PipelinePanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PipelinePanel::prepareSettingsEdited);
        auto* spin = child<QDoubleSpinBox>(&panel, "windowSpin");
        auto* slider = child<QSlider>(&panel, "windowSlider");
        auto* autoCheck = child<QCheckBox>(&panel, "windowAutoCheck");
        QCOMPARE(spin->value(), 0.75);  // PrepareSettings default
        // The default is the automatic window: the fixed-window controls wait until it is off.
        QVERIFY(autoCheck->isChecked());
        QVERIFY(!spin->isEnabled());
        QVERIFY(!slider->isEnabled());
        QTest::mouseClick(autoCheck, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!prepareArg(spy, 0).autoWindow);
        QVERIFY(spin->isEnabled());
        QVERIFY(slider->isEnabled());
        spy.clear();

        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Up);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(prepareArg(spy, 0).windowDays, 0.80);
        const int key = spy.at(0).at(1).toInt();
        QCOMPARE(key, int(PipelinePanel::WindowKey));
        QCOMPARE(slider->value(), 16);  // 0.80 d / 0.05 d per slider step

        QTest::keyClick(spin, Qt::Key_Up);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(prepareArg(spy, 1).windowDays, 0.85);
        QCOMPARE(spy.at(1).at(1).toInt(), key);  // same control, same key: merges into one undo step

        // The slider is the same control: same key, spin box follows.
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(prepareArg(spy, 2).windowDays, 0.90);
        QCOMPARE(spy.at(2).at(1).toInt(), key);
        QCOMPARE(spin->value(), 0.90);
        // Every other field travels unchanged.
        PrepareSettings expected;
        expected.windowDays = 0.90;
        expected.autoWindow = false;
        QCOMPARE(prepareArg(spy, 2), expected);
    }

    void discreteChoicesDoNotMerge()
    {
        PipelinePanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PipelinePanel::prepareSettingsEdited);
        auto* detrend = child<QComboBox>(&panel, "detrendCombo");
        QTest::keyClick(detrend, Qt::Key_Down);  // Biweight -> Sliding median
        QCOMPARE(spy.count(), 1);
        QCOMPARE(prepareArg(spy, 0).detrend, DetrendMethod::SlidingMedian);
        QCOMPARE(spy.at(0).at(1).toInt(), int(PipelinePanel::NoMerge));

        auto* quality = child<QComboBox>(&panel, "qualityCombo");
        auto* bits = child<QSpinBox>(&panel, "qualityBitsSpin");
        QVERIFY(!bits->isVisibleTo(&panel));
        QTest::keyClick(quality, Qt::Key_Down);  // Default -> Hard
        QCOMPARE(spy.count(), 2);
        QCOMPARE(prepareArg(spy, 1).quality, std::string("hard"));
        QTest::keyClick(quality, Qt::Key_End);  // -> Custom bitmask
        QCOMPARE(spy.count(), 3);
        QVERIFY(bits->isVisibleTo(&panel));
        QCOMPARE(prepareArg(spy, 2).quality, std::to_string(bits->value()));
    }

    void setPrepareSettingsIsSilent()
    {
        PipelinePanel panel;
        panel.show();
        QSignalSpy prepSpy(&panel, &PipelinePanel::prepareSettingsEdited);
        QSignalSpy searchSpy(&panel, &PipelinePanel::searchSettingsEdited);

        PrepareSettings p;
        p.windowDays = 2.0;
        p.autoWindow = false;
        p.detrend = DetrendMethod::SavGol;
        p.quality = "1664431";
        p.sigmaClip = false;
        p.maskedRanges = {{100.0, 101.0}, {120.5, 121.0}};
        panel.setPrepareSettings(p);
        SearchSettings s;
        s.minPeriodDays = 1.0;
        s.maxPeriodDays = 30.0;
        s.durationsHours = {1.0, 2.5};
        panel.setSearchSettings(s);

        QCOMPARE(prepSpy.count(), 0);
        QCOMPARE(searchSpy.count(), 0);
        QCOMPARE(panel.prepareSettings(), p);
        QCOMPARE(panel.searchSettings(), s);
        QCOMPARE(child<QDoubleSpinBox>(&panel, "windowSpin")->value(), 2.0);
        QCOMPARE(child<QSlider>(&panel, "windowSlider")->value(), 40);
        QCOMPARE(child<QComboBox>(&panel, "detrendCombo")->currentText(), QStringLiteral("Savitzky–Golay"));
        QCOMPARE(child<QComboBox>(&panel, "qualityCombo")->currentData().toString(), QStringLiteral("custom"));
        QVERIFY(child<QSpinBox>(&panel, "qualityBitsSpin")->isVisibleTo(&panel));
        QCOMPARE(child<QSpinBox>(&panel, "qualityBitsSpin")->value(), 1664431);
        QVERIFY(!child<QCheckBox>(&panel, "clipCheck")->isChecked());
        QVERIFY(!child<QDoubleSpinBox>(&panel, "clipSigmaSpin")->isEnabled());
        QCOMPARE(child<QLineEdit>(&panel, "durationsEdit")->text(), QStringLiteral("1, 2.5"));
        QVERIFY(child<QLabel>(&panel, "maskedLabel")->text().contains(QLatin1Char('2')));

        // Clear is offered when ranges exist and only requests (the session clears, undoably).
        QSignalSpy clearSpy(&panel, &PipelinePanel::clearMaskedRangesRequested);
        auto* clear = child<QPushButton>(&panel, "clearMaskedButton");
        QVERIFY(clear->isEnabled());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(clearSpy.count(), 1);
        QCOMPARE(prepSpy.count(), 0);

        // Fields the panel does not show come back unchanged in the next edit.
        p.gapDays = 0.5;
        p.minSegmentPoints = 42;
        panel.setPrepareSettings(p);
        QTest::keyClick(child<QDoubleSpinBox>(&panel, "windowSpin"), Qt::Key_Down);
        QCOMPARE(prepSpy.count(), 1);
        QCOMPARE(prepareArg(prepSpy, 0).gapDays, 0.5);
        QCOMPARE(prepareArg(prepSpy, 0).minSegmentPoints, 42);
        QCOMPARE(prepareArg(prepSpy, 0).maskedRanges, p.maskedRanges);
    }

    void invalidPeriodRangeEmitsNothing()
    {
        PipelinePanel panel;
        panel.show();
        SearchSettings s;
        s.minPeriodDays = 0;  // Auto
        s.maxPeriodDays = 10;
        panel.setSearchSettings(s);
        QSignalSpy spy(&panel, &PipelinePanel::searchSettingsEdited);
        auto* minSpin = child<QDoubleSpinBox>(&panel, "minPeriodSpin");
        auto* maxSpin = child<QDoubleSpinBox>(&panel, "maxPeriodSpin");
        QCOMPARE(minSpin->text(), QStringLiteral("Auto"));

        QTest::keyClick(minSpin, Qt::Key_PageUp);  // 0 -> 5 d (page step = 10 x 0.5 d)
        QCOMPARE(spy.count(), 1);
        QCOMPARE(searchArg(spy, 0).minPeriodDays, 5.0);
        QCOMPARE(spy.at(0).at(1).toInt(), int(PipelinePanel::MinPeriodKey));

        QTest::keyClick(minSpin, Qt::Key_PageUp);  // 10 d: equal to max is still valid
        QCOMPARE(spy.count(), 2);
        QTest::keyClick(minSpin, Qt::Key_PageUp);  // 15 d > 10 d: invalid
        QCOMPARE(spy.count(), 2);
        QVERIFY(minSpin->property("invalid").toBool());
        QVERIFY(maxSpin->property("invalid").toBool());
        QVERIFY(minSpin->toolTip().contains(QStringLiteral("longer than the maximum")));
        QVERIFY(panel.hasInvalidSearchInput());
        // Other search edits are held back too while the range is invalid.
        QTest::keyClick(child<QDoubleSpinBox>(&panel, "minSnrSpin"), Qt::Key_Up);
        QCOMPARE(spy.count(), 2);

        // Setting max to Auto (0) makes the range valid again: one emission, fields restored.
        maxSpin->selectAll();
        QTest::keyClick(maxSpin, Qt::Key_PageDown);  // 10 -> 5: still invalid
        QCOMPARE(spy.count(), 2);
        QTest::keyClick(maxSpin, Qt::Key_PageDown);  // 5 -> 0 = Auto
        QCOMPARE(spy.count(), 3);
        const SearchSettings last = searchArg(spy, 2);
        QCOMPARE(last.minPeriodDays, 15.0);
        QCOMPARE(last.maxPeriodDays, 0.0);
        QCOMPARE(last.minSnr, 7.5);  // the held-back SNR edit is included
        QVERIFY(!minSpin->property("invalid").toBool());
        QVERIFY(!panel.hasInvalidSearchInput());
    }

    void durationsField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<double>>("hours");
        QTest::newRow("auto") << QStringLiteral("auto") << true << QList<double>{};
        QTest::newRow("empty") << QString() << true << QList<double>{};
        QTest::newRow("list") << QStringLiteral("1, 2.5,4") << true << QList<double>{1, 2.5, 4};
        QTest::newRow("spaces") << QStringLiteral(" 2  6 ") << true << QList<double>{2, 6};
        QTest::newRow("word") << QStringLiteral("two hours") << false << QList<double>{};
        QTest::newRow("negative") << QStringLiteral("1, -2") << false << QList<double>{};
        QTest::newRow("zero") << QStringLiteral("0") << false << QList<double>{};
    }
    void durationsFieldDecimalComma_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<double>>("hours");
        // French and Spanish write 1,5: one value there, a list of two in English.
        QTest::newRow("1,5 fr") << QStringLiteral("1,5") << true << true << QList<double>{1.5};
        QTest::newRow("1,5 en") << QStringLiteral("1,5") << false << true << QList<double>{1, 5};
        QTest::newRow("semicolons fr") << QStringLiteral("1; 2,5;4") << true << true << QList<double>{1, 2.5, 4};
        QTest::newRow("comma-space fr") << QStringLiteral("1, 2,5, 4") << true << true << QList<double>{1, 2.5, 4};
        QTest::newRow("two commas is a list") << QStringLiteral("1,2,4") << true << true << QList<double>{1, 2, 4};
        QTest::newRow("point still a decimal") << QStringLiteral("2.5 3") << true << true << QList<double>{2.5, 3};
        QTest::newRow("bad fr") << QStringLiteral("1,,x") << true << false << QList<double>{};
    }
    void durationsFieldDecimalComma()
    {
        QFETCH(QString, text);
        QFETCH(bool, decimalComma);
        QFETCH(bool, valid);
        QFETCH(QList<double>, hours);
        std::vector<double> parsed;
        QCOMPARE(exo::ui::parseDurationsHours(text, parsed, decimalComma), valid);
        if (valid)
            QCOMPARE(QList<double>(parsed.begin(), parsed.end()), hours);
        if (valid) {  // what the field shows back reads the same
            std::vector<double> again;
            QVERIFY(
                exo::ui::parseDurationsHours(exo::ui::formatDurationsHours(parsed, decimalComma), again, decimalComma));
            QCOMPARE(again, parsed);
        }
    }
    void decimalCommaPanelEmitsOneAndAHalfHours()
    {
        PipelinePanel panel;
        panel.setDecimalComma(true);
        panel.show();
        QSignalSpy spy(&panel, &PipelinePanel::searchSettingsEdited);
        auto* edit = child<QLineEdit>(&panel, "durationsEdit");
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("1,5"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(searchArg(spy, 0).durationsHours, std::vector<double>{1.5});
        QCOMPARE(edit->text(), QStringLiteral("1,5"));
    }
    void durationsField()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QList<double>, hours);
        std::vector<double> parsed;
        QCOMPARE(exo::ui::parseDurationsHours(text, parsed), valid);
        if (valid)
            QCOMPARE(QList<double>(parsed.begin(), parsed.end()), hours);
    }

    void durationsEditEmitsOnlyValidLists()
    {
        PipelinePanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PipelinePanel::searchSettingsEdited);
        auto* edit = child<QLineEdit>(&panel, "durationsEdit");
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("1, 2.5, 4"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(searchArg(spy, 0).durationsHours, (std::vector<double>{1, 2.5, 4}));
        QCOMPARE(spy.at(0).at(1).toInt(), int(PipelinePanel::DurationsKey));

        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("1, x"));
        QVERIFY(edit->property("invalid").toBool());  // flagged while typing
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(panel.searchSettings().durationsHours, (std::vector<double>{1, 2.5, 4}));
    }

    // The CLI's --redetrend masked|off: a check box of the search group, ticked by default,
    // a discrete choice (its own undo step), shown silently from the session's value.
    void redetrendCheckBoxEditsTheSearchSettings()
    {
        PipelinePanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PipelinePanel::searchSettingsEdited);
        auto* box = child<QCheckBox>(&panel, "redetrendCheck");
        QVERIFY(box->isVisibleTo(&panel));
        QVERIFY(box->isChecked());
        QVERIFY(!box->toolTip().isEmpty());
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
        QCOMPARE(spy.count(), 1);
        SearchSettings expected;
        expected.redetrendMasked = false;  // every other field travels unchanged
        QCOMPARE(spy.at(0).at(0).value<SearchSettings>(), expected);
        QCOMPARE(spy.at(0).at(1).toInt(), int(PipelinePanel::NoMerge));
        QVERIFY(!panel.searchSettings().redetrendMasked);
        // Undo pushes the old value back: shown, nothing emitted.
        panel.setSearchSettings(SearchSettings{});
        QVERIFY(box->isChecked());
        QCOMPARE(spy.count(), 1);
        QVERIFY(panel.searchSettings().redetrendMasked);
        panel.setSearchSettings(expected);
        QVERIFY(!box->isChecked());
        QCOMPARE(spy.count(), 1);
        // While the period fields are invalid (min > max) no search edit is sent, this one neither.
        child<QDoubleSpinBox>(&panel, "maxPeriodSpin")->setValue(5.0);
        QCOMPARE(spy.count(), 2);
        child<QDoubleSpinBox>(&panel, "minPeriodSpin")->setValue(10.0);
        QVERIFY(panel.hasInvalidSearchInput());
        QCOMPARE(spy.count(), 2);
        box->click();
        QCOMPARE(spy.count(), 2);
    }

    // The CLI's --min-transits N and --noise local|pipeline: two rows of the search group,
    // folded under a toggle; the spin box merges by its key, the choice is its own undo step,
    // and a session's non-default value opens the rows.
    void minTransitsAndNoiseEditTheSearchSettings()
    {
        PipelinePanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PipelinePanel::searchSettingsEdited);
        auto* toggle = child<QToolButton>(&panel, "searchMoreToggle");
        auto* spin = child<QSpinBox>(&panel, "minTransitsSpin");
        auto* noise = child<QComboBox>(&panel, "noiseCombo");
        QVERIFY(toggle->isVisibleTo(&panel));
        QVERIFY(!spin->isVisibleTo(&panel) && !noise->isVisibleTo(&panel));
        QVERIFY(!panel.searchMoreRowsVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(panel.searchMoreRowsVisible());
        QVERIFY(spin->isVisibleTo(&panel) && noise->isVisibleTo(&panel));
        QCOMPARE(spy.count(), 0);  // opening the rows changes no setting
        for (QWidget* w : {static_cast<QWidget*>(spin), static_cast<QWidget*>(noise), static_cast<QWidget*>(toggle)})
            QVERIFY(!w->toolTip().isEmpty());

        // Defaults from SearchSettings{}, the CLI's limits.
        QCOMPARE(spin->value(), SearchSettings{}.minTransits);
        QCOMPARE(spin->minimum(), int(exo::pipeline::limits::minTransits.min));
        QCOMPARE(spin->maximum(), int(exo::pipeline::limits::minTransits.max));
        QCOMPARE(noise->count(), 2);
        QCOMPARE(noise->currentData().toBool(), false);

        // Two arrow clicks down: 3 -> 2, both with the same merge key (one undo step).
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_Down);
        QCOMPARE(spy.count(), 1);
        SearchSettings expected;
        expected.minTransits = 2;  // every other field travels unchanged
        QCOMPARE(searchArg(spy, 0), expected);
        QCOMPARE(spy.at(0).at(1).toInt(), int(PipelinePanel::MinTransitsKey));
        QTest::keyClick(spin, Qt::Key_Up);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(searchArg(spy, 1).minTransits, 3);
        QCOMPARE(spy.at(1).at(1).toInt(), int(PipelinePanel::MinTransitsKey));

        // The noise choice, as a user picks it (key press: QComboBox::activated).
        noise->setFocus();
        QTest::keyClick(noise, Qt::Key_Down);
        QCOMPARE(spy.count(), 3);
        expected = SearchSettings{};
        expected.pipelineErrors = true;
        QCOMPARE(searchArg(spy, 2), expected);
        QCOMPARE(spy.at(2).at(1).toInt(), int(PipelinePanel::NoMerge));
        QVERIFY(panel.searchSettings().pipelineErrors);

        // Undo pushes the old value back: shown, nothing emitted.
        panel.setSearchSettings(SearchSettings{});
        QCOMPARE(noise->currentData().toBool(), false);
        QCOMPARE(spin->value(), 3);
        QCOMPARE(spy.count(), 3);

        // A session's choice opens the folded rows of a new panel, silently.
        PipelinePanel reopened;
        QVERIFY(!reopened.searchMoreRowsVisible());
        SearchSettings saved;
        saved.minTransits = 5;
        QSignalSpy quiet(&reopened, &PipelinePanel::searchSettingsEdited);
        reopened.setSearchSettings(saved);
        QVERIFY(reopened.searchMoreRowsVisible());
        QCOMPARE(child<QSpinBox>(&reopened, "minTransitsSpin")->value(), 5);
        QCOMPARE(reopened.searchSettings(), saved);
        PipelinePanel reopened2;
        saved = SearchSettings{};
        saved.pipelineErrors = true;
        reopened2.setSearchSettings(saved);
        QVERIFY(reopened2.searchMoreRowsVisible());
        QCOMPARE(child<QComboBox>(&reopened2, "noiseCombo")->currentData().toBool(), true);
        QCOMPARE(quiet.count(), 0);
    }

    void buttonsAndAutoSearch()
    {
        PipelinePanel panel;
        panel.show();
        QSignalSpy run(&panel, &PipelinePanel::runSearchRequested);
        QSignalSpy autoSpy(&panel, &PipelinePanel::autoSearchChanged);
        QTest::mouseClick(child<QPushButton>(&panel, "runSearchButton"), Qt::LeftButton);
        QCOMPARE(run.count(), 1);
        panel.setAutoSearch(true);
        QVERIFY(panel.autoSearch());
        QCOMPARE(autoSpy.count(), 0);
        child<QCheckBox>(&panel, "autoSearchCheck")->click();
        QCOMPARE(autoSpy.count(), 1);
        QVERIFY(!panel.autoSearch());
    }

    void settingsTravelThroughQueuedConnections()
    {
        PipelinePanel panel;
        panel.show();
        PrepareSettings received;
        int receivedKey = 0;
        QObject receiver;
        connect(
            &panel, &PipelinePanel::prepareSettingsEdited, &receiver,
            [&](const PrepareSettings& s, int key) {
                received = s;
                receivedKey = key;
            },
            Qt::QueuedConnection);
        QTest::keyClick(child<QDoubleSpinBox>(&panel, "clipSigmaSpin"), Qt::Key_Up);
        QTRY_COMPARE(receivedKey, int(PipelinePanel::ClipSigmaKey));
        QCOMPARE(received.clipSigma, 5.5);
    }
};

QTEST_MAIN(TestPipelinePanel)
#include "test_pipeline_panel.moc"
