// The one sanitizer for text that may carry file content (exo::safeText).
#include <QtTest>

#include "common/safe_text.h"

namespace {
bool hasControl(const std::string& s)
{
    for (unsigned char c : s)
        if (c < 0x20 || c == 0x7F)
            return true;
    return false;
}
bool isValidUtf8(const std::string& s) { return exo::validUtf8(s) == s; }
}  // namespace

class TestSafeText : public QObject {
    Q_OBJECT
private slots:
    void terminalEscapesAreDefused()
    {
        // A header card that would retitle (OSC 0 ... BEL) and recolour (CSI 31 m) a terminal.
        const std::string card = "OBJECT  = '\x1b]0;pwned\x07\x1b[31mred'";
        const std::string s = exo::safeText(card);
        QVERIFY(!hasControl(s));
        QCOMPARE(s, std::string("OBJECT  = '\\x1B]0;pwned\\x07\\x1B[31mred'"));
    }
    void linesAreJoined() { QCOMPARE(exo::safeText("a\nb\r\n\tc"), std::string("a b c")); }
    void invalidUtf8IsEscaped()
    {
        const std::string bytes = std::string("ok \xff\xfe \xc3\xa9 \xe2\x82") + "\xc0\xaf";
        const std::string s = exo::safeText(bytes);
        QVERIFY(isValidUtf8(s));
        QVERIFY(!hasControl(s));
        QVERIFY(s.find("\xc3\xa9") != std::string::npos);  // é kept
        QVERIFY(s.find("\\xFF\\xFE") != std::string::npos);
        QVERIFY(s.find("\\xC0\\xAF") != std::string::npos);  // overlong '/' refused
    }
    void c1AndBidiControlsAreEscaped()
    {
        QCOMPARE(exo::safeText("\xc2\x9b"
                               "31m"),
                 std::string("\\x9B31m"));
        QCOMPARE(exo::safeText("abc\xe2\x80\xae"
                               "def"),
                 std::string("abc\\u202Edef"));
    }
    void lengthIsBounded()
    {
        const std::string longText(5000, 'x');
        const std::string s = exo::safeText(longText, 100);
        QCOMPARE(s.size(), std::size_t(100 + 3));  // 100 bytes and "…"
        QVERIFY(s.ends_with("\xe2\x80\xa6"));
        // Never cut inside a character.
        std::string accents;
        for (int i = 0; i < 100; ++i)
            accents += "\xc3\xa9";
        QVERIFY(isValidUtf8(exo::safeText(accents, 51)));
    }
    void validUtf8KeepsContent()
    {
        QCOMPARE(exo::validUtf8("a\x1b"
                                "b"),
                 std::string("a\x1b"
                             "b"));  // JSON escapes it
        QCOMPARE(exo::validUtf8("a\xff"
                                "b"),
                 std::string("a\xef\xbf\xbd"
                             "b"));
    }
    void filePrefixIsStripped()
    {
        QCOMPARE(exo::stripFilePrefix("empty.fits.gz: file is empty (0 bytes)", "/d/empty.fits.gz"),
                 std::string("file is empty (0 bytes)"));
        QCOMPARE(exo::stripFilePrefix("/d/x.fits: x.fits: no TIME column", "/d/x.fits"), std::string("no TIME column"));
        QCOMPARE(exo::stripFilePrefix("window longer than data", "/d/x.fits"), std::string("window longer than data"));
    }
};

QTEST_APPLESS_MAIN(TestSafeText)
#include "test_safe_text.moc"
