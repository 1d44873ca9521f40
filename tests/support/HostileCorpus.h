#pragma once

#include "core/sandbox/DemoDataset.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace LeadBridge::Sandbox {
class On24Emulator;
}

namespace LeadBridge::Test {

class EngineFixture;

/// The hostile-data corpus (tests/data/hostile/corpus.json) and the world it is seeded into,
/// shared by tst_hostile_data (does every hostile value arrive or fail in words?) and
/// tst_convergence (do the flows settle on it?).
class HostileCorpus
{
public:
    /// The ON24 client and the one webinar the hostile registrants belong to.
    static constexpr qint64 on24ClientId = 22950;
    static constexpr qint64 eventId = 7001;
    /// The webinar's title when the corpus does not make it hostile too.
    static QString eventTitle();

    /// One corpus entry, its placeholders expanded.
    struct Entry
    {
        QString id;
        /// F1, F1E (the webinar itself), F2, F2P, F3, F4 …
        QString flow;
        /// The system the value comes from.
        QString from;
        QJsonObject input;
        QJsonObject wire;
        QJsonObject expect;
        QString knownGap;
    };

    /// The corpus entries with their placeholders expanded for @p now (see expand()); empty,
    /// with @p error set, when the file cannot be read (LEADBRIDGE_TEST_SOURCE_DIR names the
    /// tree).
    static QList<Entry> load(const QDateTime &now, QString *error);

    /// Sam Seller and the ON24 client with the one webinar (two days before @p now).
    static Sandbox::DemoDataset world(const QDateTime &now, const QString &title = eventTitle());

    /// Registers @p input (as the wire shape @p wire, when given) for the webinar through the
    /// ON24 control API; returns the record made (fx.lastStatus() tells whether it was).
    static QJsonObject addRegistrant(EngineFixture &fx, Sandbox::On24Emulator &on24,
        const QJsonObject &input, const QJsonObject &wire);

private:
    /// @p o with its placeholders replaced: "@@LONG<n>@@" by a text of n characters,
    /// "@@NOW-<n>M@@" by the ISO time n minutes before @p now.
    static QJsonObject expand(const QJsonObject &o, const QDateTime &now);
    static QString expandText(const QString &text, const QDateTime &now);
};

} // namespace LeadBridge::Test
