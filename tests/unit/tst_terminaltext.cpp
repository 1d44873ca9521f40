// TerminalText: what the CLI prints of remote or user text can neither move the cursor,
// recolour or retitle the terminal, nor reorder a line with bidi overrides; ordinary
// text in any script passes untouched.
#include "core/util/TerminalText.h"

#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data();
    void escapes();
    void keepsLineBreaksWhenAsked();
    void noControlSurvives();
};

void TestTerminalText::escapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Sales %3 %1"_s << u"Sales %3 %1"_s;
    QTest::newRow("scripts") << u"Müller 山田 مرحبا 😀 e\u0301"_s << u"Müller 山田 مرحبا 😀 e\u0301"_s;
    QTest::newRow("esc colour") << u"\x1b[31mred\x1b[0m"_s << u"\\x1b[31mred\\x1b[0m"_s;
    QTest::newRow("osc title") << u"\x1b]0;owned\x07"_s << u"\\x1b]0;owned\\x07"_s;
    QTest::newRow("c1 csi") << u"a\u009b2Jb"_s << u"a\\u009b2Jb"_s;
    QTest::newRow("rlo") << u"invoice\u202egpj.exe"_s << u"invoice\\u202egpj.exe"_s;
    QTest::newRow("isolates") << u"\u2066x\u2069"_s << u"\\u2066x\\u2069"_s;
    QTest::newRow("marks") << u"\u200e\u200f\u061c"_s << u"\\u200e\\u200f\\u061c"_s;
    QTest::newRow("line breaks") << u"a\nb\rc\td"_s << u"a\\nb\\rc\\td"_s;
    QTest::newRow("nul bs del") << QString(u"a\0b\bc\x7f"_s) << u"a\\x00b\\x08c\\x7f"_s;
    QTest::newRow("separators") << u"a\u2028b\u2029"_s << u"a\\u2028b\\u2029"_s;
}

void TestTerminalText::escapes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TerminalText::safe(input), expected);
}

void TestTerminalText::keepsLineBreaksWhenAsked()
{
    QCOMPARE(TerminalText::safe(u"one\ntwo\x1b[2J\r"_s, TerminalText::Lines::Keep),
        u"one\ntwo\\x1b[2J\\r"_s);
}

void TestTerminalText::noControlSurvives()
{
    // Every code point of the BMP that is a control: none comes out raw.
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (c >= 0xd800 && c <= 0xdfff)
            continue;
        const QString in = u"x"_s + QString::fromUcs4(&c, 1) + u"y"_s;
        const QString out = TerminalText::safe(in);
        for (const QChar ch : out)
            QVERIFY2(!TerminalText::isControl(ch.unicode()),
                qPrintable(u"U+%1 came out raw"_s.arg(uint(c), 4, 16, QChar(u'0'))));
    }
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
