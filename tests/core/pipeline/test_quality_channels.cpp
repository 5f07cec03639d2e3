// Quality channels of high-level products (issue 8): the TGLC, K2SFF and K2SC flag columns
// remove their bad cadences as the mission quality flags do, on the real files.
// Counts were read with astropy from the files named (MANIFEST.md), e.g.
//   (fits.open(f)[1].data['TGLC_flags'] != 0).sum() == 45 for TOI-519 S7.
#include <QtTest>
#include <algorithm>

#include "io/quality.h"
#include "pipeline/analysis.h"
#include "real_data.h"

namespace {
std::string real(const char* rel) { return std::string(EXO_REAL_DATA_DIR) + "/" + rel; }
const char* kTglcS7 =
    "tess/ffi_lc/toi519/hlsp_tglc_tess_ffi_gaiaid-5707485527450614656-s0007-cam2-ccd3_tess_v2_llc.fits";
const char* kK2sc = "k2/lc/hlsp_k2sc_k2_llc_211121743-c04_kepler_v2_lc.fits";
const char* kK2sff = "k2/lc/hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1_llc.fits";

std::size_t flagged(const exo::Series& s)
{
    return std::size_t(std::count_if(s.quality.begin(), s.quality.end(),
                                     [](std::uint32_t q) { return (q & exo::io::kProductFlagBit) != 0; }));
}
}  // namespace

using namespace exo;

class TestQualityChannels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { EXO_REQUIRE_REAL_DATA(); }

    void productRules_data()
    {
        QTest::addColumn<int>("product");
        QTest::addColumn<uint>("flags");
        QTest::addColumn<bool>("bad");
        QTest::newRow("tglc 0") << int(ProductType::Tglc) << 0u << false;
        QTest::newRow("tglc 1") << int(ProductType::Tglc) << 1u << true;
        QTest::newRow("k2sff moving") << int(ProductType::K2sff) << 1u << true;
        QTest::newRow("k2sc quality") << int(ProductType::K2sc) << 1u << true;
        QTest::newRow("k2sc up outlier") << int(ProductType::K2sc) << 8u << true;
        QTest::newRow("k2sc non-finite") << int(ProductType::K2sc) << 32u << true;
        // A transit is a downward "outlier" to K2SC: never removed.
        QTest::newRow("k2sc down outlier") << int(ProductType::K2sc) << 16u << false;
        QTest::newRow("spoc has none") << int(ProductType::LightCurve) << 1u << false;
    }
    void productRules()
    {
        QFETCH(int, product);
        QFETCH(uint, flags);
        QFETCH(bool, bad);
        QCOMPARE(io::productFlagIsBad(ProductType(product), flags), bad);
    }

    void realFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("expectedFlagged");
        QTest::newRow("TGLC TOI-519 S7") << QString(kTglcS7) << 45;     // TGLC_flags != 0
        QTest::newRow("K2SC EPIC 211121743") << QString(kK2sc) << 464;  // mflags & (1|8|32)
        QTest::newRow("K2SFF K2-3") << QString(kK2sff) << 295;          // MOVING != 0
    }
    void realFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, expectedFlagged);
        EXO_REQUIRE_REAL_FILE(file);
        auto f = pipeline::loadFile(real(qPrintable(file)));
        QVERIFY2(f.ok(), f.status.detail.c_str());
        auto raw = pipeline::rawLightCurve(f.value, {}, pipeline::FluxSource::Pdcsap);
        QVERIFY2(raw.ok(), raw.status.detail.c_str());
        QCOMPARE(flagged(raw.value), std::size_t(expectedFlagged));

        auto st = pipeline::stitch({raw.value}, {f.value.meta});
        QVERIFY(st.ok());
        pipeline::PrepareSettings ps;  // default quality mask: product flags honoured
        auto kept = pipeline::prepare(st.value, f.value.meta.mission, ps);
        QVERIFY2(kept.ok(), kept.status.detail.c_str());
        QCOMPARE(flagged(kept.value.clean), std::size_t(0));

        ps.quality = "none";  // the user keeps every cadence: flags ignored too
        auto all = pipeline::prepare(st.value, f.value.meta.mission, ps);
        QVERIFY2(all.ok(), all.status.detail.c_str());
        QVERIFY(flagged(all.value.clean) > 0);
        QVERIFY(all.value.clean.size() > kept.value.clean.size());
        QVERIFY(kept.value.nQualityMasked > all.value.nQualityMasked);
    }
};

QTEST_APPLESS_MAIN(TestQualityChannels)
#include "test_quality_channels.moc"
