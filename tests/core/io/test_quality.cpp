// Quality presets and bit names. Reference values: lightkurve/utils.py
// (KeplerQualityFlags / TessQualityFlags DEFAULT/HARD/HARDEST_BITMASK; TESS
// default 17087 since lightkurve PR #1336), transcribed in
// /work/shared/reference/formats.md section 4.4 with the bit composition.

#include <QTest>

#include "io/quality.h"

using namespace exo;
using io::QualityPreset;

class TestQuality : public QObject {
    Q_OBJECT
private slots:
    void presets_data()
    {
        QTest::addColumn<int>("mission");
        QTest::addColumn<int>("preset");
        QTest::addColumn<quint32>("mask");
        QTest::newRow("Kepler none") << int(Mission::Kepler) << int(QualityPreset::None) << 0u;
        QTest::newRow("Kepler default") << int(Mission::Kepler) << int(QualityPreset::Default) << 1130799u;
        QTest::newRow("Kepler hard") << int(Mission::Kepler) << int(QualityPreset::Hard) << 1664431u;
        QTest::newRow("Kepler hardest") << int(Mission::Kepler) << int(QualityPreset::Hardest) << 2096639u;
        QTest::newRow("K2 default (Kepler flags)") << int(Mission::K2) << int(QualityPreset::Default) << 1130799u;
        QTest::newRow("TESS none") << int(Mission::TESS) << int(QualityPreset::None) << 0u;
        QTest::newRow("TESS default") << int(Mission::TESS) << int(QualityPreset::Default) << 17087u;
        QTest::newRow("TESS hard") << int(Mission::TESS) << int(QualityPreset::Hard) << 24319u;
        QTest::newRow("TESS hardest") << int(Mission::TESS) << int(QualityPreset::Hardest) << 65535u;
    }
    void presets()
    {
        QFETCH(int, mission);
        QFETCH(int, preset);
        QFETCH(quint32, mask);
        QCOMPARE(io::qualityBitmask(Mission(mission), QualityPreset(preset)), mask);
    }

    /// formats.md 4.4: the presets are these sums of named bits.
    void composition()
    {
        QCOMPARE(io::qualityBitmask(Mission::Kepler, QualityPreset::Default),
                 1u + 2 + 4 + 8 + 32 + 256 + 16384 + 65536 + 1048576);
        QCOMPARE(io::qualityBitmask(Mission::Kepler, QualityPreset::Hard),
                 io::qualityBitmask(Mission::Kepler, QualityPreset::Default) + 1024 + 128 + 8192 + 524288);
        QCOMPARE(io::qualityBitmask(Mission::TESS, QualityPreset::Default),
                 1u + 2 + 4 + 8 + 16 + 32 + 128 + 512 + 16384);
        QCOMPARE(io::qualityBitmask(Mission::TESS, QualityPreset::Hard),
                 io::qualityBitmask(Mission::TESS, QualityPreset::Default) + 64 + 1024 + 2048 + 4096);
        // "hardest" = every named bit (Kepler: 21 bits with 512 unused -> 2^21-1 - 512).
        QCOMPARE(io::qualityBitmask(Mission::Kepler, QualityPreset::Hardest), (1u << 21) - 1 - 512);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("mission");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint32>("mask");
        QTest::newRow("default kepler") << "default" << int(Mission::Kepler) << true << 1130799u;
        QTest::newRow("DEFAULT tess, spaces") << "  DEFAULT " << int(Mission::TESS) << true << 17087u;
        QTest::newRow("hard") << "hard" << int(Mission::TESS) << true << 24319u;
        QTest::newRow("hardest") << "Hardest" << int(Mission::Kepler) << true << 2096639u;
        QTest::newRow("none") << "none" << int(Mission::Kepler) << true << 0u;
        QTest::newRow("integer") << "1114543" << int(Mission::Kepler) << true << 1114543u;  // PyKE kepextract default
        QTest::newRow("zero") << "0" << int(Mission::TESS) << true << 0u;
        QTest::newRow("hex") << "0x10" << int(Mission::TESS) << true << 16u;
        QTest::newRow("max") << "4294967295" << int(Mission::TESS) << true << 4294967295u;
        QTest::newRow("too big") << "4294967296" << int(Mission::TESS) << false << 0u;
        QTest::newRow("negative") << "-1" << int(Mission::TESS) << false << 0u;
        QTest::newRow("word") << "strict" << int(Mission::TESS) << false << 0u;
        QTest::newRow("trailing junk") << "12abc" << int(Mission::TESS) << false << 0u;
        QTest::newRow("empty") << "" << int(Mission::TESS) << false << 0u;
    }
    void parse()
    {
        QFETCH(QString, spec);
        QFETCH(int, mission);
        QFETCH(bool, valid);
        QFETCH(quint32, mask);
        const auto r = io::parseQualitySpec(Mission(mission), spec.toStdString());
        QCOMPARE(r.has_value(), valid);
        if (valid)
            QCOMPARE(*r, mask);
    }

    void decode()
    {
        using V = std::vector<std::string>;
        QCOMPARE(io::decodeQualityFlags(Mission::Kepler, 0), V{});
        QCOMPARE(io::decodeQualityFlags(Mission::Kepler, 1), V{"Attitude tweak"});
        // Same bit, different meaning per mission (formats.md 4.4).
        QCOMPARE(io::decodeQualityFlags(Mission::Kepler, 2048), V{"Impulsive outlier"});
        QCOMPARE(io::decodeQualityFlags(Mission::TESS, 2048), V{"Straylight"});
        QCOMPARE(io::decodeQualityFlags(Mission::Kepler, 16), V{"Zero crossing"});
        QCOMPARE(io::decodeQualityFlags(Mission::TESS, 16), V{"Argabrightening"});
        QCOMPARE(io::decodeQualityFlags(Mission::K2, 1048576), V{"Thruster firing"});
        QCOMPARE(io::decodeQualityFlags(Mission::Kepler, 512), V{"Unknown bit 512"});  // unused on Kepler
        QCOMPARE(io::decodeQualityFlags(Mission::TESS, 1u | 128u), (V{"Attitude tweak", "Manual exclude"}));
        QCOMPARE(io::decodeQualityFlags(Mission::TESS, 65535).size(), std::size_t(16));
        QCOMPARE(io::decodeQualityFlags(Mission::Kepler, 2096639).size(), std::size_t(20));
    }
};

QTEST_APPLESS_MAIN(TestQuality)
#include "test_quality.moc"
