#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

namespace LeadBridge {

/// Random CSV-ish input for the differential tests of the CSV readers: short documents built
/// from the pieces that matter to a reader (quotes, doubled quotes, commas, every kind of
/// line break, a UTF-8 character, a BOM, a space), so that every odd mix turns up.
class CsvNoise
{
public:
    /// One document of 1 to 39 pieces, drawn from @p random.
    static QByteArray next(QRandomGenerator &random)
    {
        static const QList<QByteArray> pieces { "a", "xyz", ",", "\"", "\"\"", "\n", "\r", "\r\n",
            "\xC3\xA9", "\xEF\xBB\xBF", " " };
        QByteArray csv;
        const int length = int(random.bounded(1, 40));
        for (int i = 0; i < length; ++i)
            csv += pieces.at(random.bounded(int(pieces.size())));
        return csv;
    }
};

} // namespace LeadBridge
