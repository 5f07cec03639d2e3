#include <QtTest>
#include <set>
#include "common/status.h"
#include "model/mission.h"

class TestStatus : public QObject {
    Q_OBJECT
private slots:
    void namesAreUniqueSnakeCase()
    {
        std::set<std::string> seen;
        for (int c = 0; c <= int(exo::ErrorCode::InternalError); ++c) {
            std::string n = exo::errorCodeName(exo::ErrorCode(c));
            QVERIFY2(seen.insert(n).second, n.c_str());
            for (char ch : n)
                QVERIFY(ch == '_' || (ch >= 'a' && ch <= 'z'));
        }
    }
    void resultCarriesStatus()
    {
        auto r = exo::Result<int>::failure(exo::ErrorCode::NoRows, "LIGHTCURVE");
        QVERIFY(!r.ok());
        QCOMPARE(r.status.detail, std::string("LIGHTCURVE"));
        auto s = exo::Result<int>::success(5);
        QVERIFY(s.ok());
        QCOMPARE(s.value, 5);
    }
    void targetLabel()
    {
        exo::Metadata m;
        m.idPrefix = "KIC";
        m.targetId = 9002278;
        QCOMPARE(m.targetLabel(), std::string("KIC 9002278"));
        m.quarter = 5;
        QCOMPARE(m.season(), 5);
    }
};
QTEST_APPLESS_MAIN(TestStatus)
#include "test_status.moc"
