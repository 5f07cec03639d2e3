// SHA-256 (core/common/sha256): the FIPS 180 test vectors on both compression functions
// (portable and the x86 SHA extensions), any split of the input, files, and agreement with
// Qt's QCryptographicHash (an independent implementation) on random data.
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <string>

#include "common/sha256.h"

using exo::Sha256;

namespace {
std::string digest(Sha256::Engine engine, const std::string& message, std::size_t chunk = 0)
{
    Sha256 h(engine);
    if (chunk == 0)
        h.update(message.data(), message.size());
    else
        for (std::size_t i = 0; i < message.size(); i += chunk)
            h.update(message.data() + i, std::min(chunk, message.size() - i));
    return h.finishHex();
}
std::string qtDigest(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
}
}  // namespace

class TestSha256 : public QObject {
    Q_OBJECT
private slots:
    void fipsVectors_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("expected");
        // FIPS 180-2 appendix B (and the NIST "SHA256" example values): one block, two blocks,
        // one million 'a'; the empty message and the 896-bit message of the NIST examples.
        const struct {
            const char* name;
            QByteArray message;
            const char* hex;
        } vectors[] = {
            {"empty", QByteArray(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
            {"abc", QByteArray("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
            {"448 bits", QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
            {"896 bits",
             QByteArray(
                 "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
                 "mnopqrstnopqrstu"),
             "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
            {"million a", QByteArray(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
        };
        for (const auto& v : vectors) {
            QTest::addRow("portable %s", v.name) << int(Sha256::Engine::Portable) << v.message << QByteArray(v.hex);
            QTest::addRow("sha-ni %s", v.name) << int(Sha256::Engine::ShaExtensions) << v.message << QByteArray(v.hex);
        }
    }
    void fipsVectors()
    {
        QFETCH(int, engine);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, expected);
        const auto e = Sha256::Engine(engine);
        if (e == Sha256::Engine::ShaExtensions && !Sha256::cpuHasShaExtensions())
            QSKIP("this CPU has no SHA extensions (the portable rows cover this build)");
        QCOMPARE(Sha256(e).engine(), e);
        const std::string m = message.toStdString();
        QCOMPARE(QByteArray::fromStdString(digest(e, m)), expected);
        // Fed in pieces that cross block boundaries anywhere.
        for (std::size_t chunk : {1, 3, 63, 64, 65, 1000})
            QCOMPARE(QByteArray::fromStdString(digest(e, m, chunk)), expected);
    }

    void bothEnginesAgreeWithQt()
    {
        // Every length around the padding boundaries (55/56/64 mod 64) and a few large ones.
        auto* rng = QRandomGenerator::global();
        for (int n : {0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4096, 100003}) {
            QByteArray bytes(n, Qt::Uninitialized);
            for (auto& b : bytes)
                b = char(rng->bounded(256));
            const std::string ref = qtDigest(bytes);
            QCOMPARE(digest(Sha256::Engine::Portable, bytes.toStdString()), ref);
            QCOMPARE(digest(Sha256::Engine::Best, bytes.toStdString(), 7), ref);
            QCOMPARE(exo::sha256Hex(bytes.constData(), std::size_t(bytes.size())), ref);
        }
        // An object is reusable after finish().
        Sha256 h;
        h.update("abc", 3);
        const auto first = h.finishHex();
        h.update("abc", 3);
        QCOMPARE(h.finishHex(), first);
    }

    void files()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Larger than the 1 MiB read block and not a multiple of it.
        QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 131) ^ (i >> 9));
        const std::string path = dir.filePath(QStringLiteral("data.bin")).toStdString();
        {
            std::ofstream f(path, std::ios::binary);
            f.write(bytes.constData(), bytes.size());
        }
        QCOMPARE(exo::sha256FileHex(path), qtDigest(bytes));
        const std::string empty = dir.filePath(QStringLiteral("empty.bin")).toStdString();
        std::ofstream{empty};
        QCOMPARE(exo::sha256FileHex(empty),
                 std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        // A missing file or a folder: empty, no crash.
        QVERIFY(exo::sha256FileHex(dir.filePath(QStringLiteral("missing")).toStdString()).empty());
        QVERIFY(exo::sha256FileHex(dir.path().toStdString()).empty());
    }
};

QTEST_APPLESS_MAIN(TestSha256)
#include "test_sha256.moc"
