#include "core/engine/flows/WebinarImportPlanner.h"

#include "core/engine/FieldNormaliser.h"
#include "core/engine/PersonKey.h"

#include <QRegularExpression>
#include <QVariant>

namespace LeadBridge {

namespace {

const QString kSystemOn24 = QStringLiteral("on24");
const QString kSystemActOn = QStringLiteral("acton");

QString text(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.metaType().id() == QMetaType::Double) {
        const double d = v.toDouble();
        return QString::number(d, 'g', 12);
    }
    return v.toString().trimmed();
}

QDateTime parseTime(const QVariant &v)
{
    const QString s = text(v);
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

/// A value to write, in the text form F2 and F3 use too: trimmed, line breaks as "\n",
/// without control characters (Act-On refuses a whole import file for one NUL byte).
QString value(const QVariant &v)
{
    return FieldNormaliser::normaliseText(MarketingFieldType::Text, text(v));
}

bool plausibleEmail(const QString &email)
{
    return PersonKey::isValidEmail(email);
}

/// An address as a sentence may show it (control characters dropped).
QString shown(const QString &email)
{
    return FieldNormaliser::stripControlCharacters(email);
}

/// Status as it should be written: Attended never goes back to Registered.
QString effectiveStatus(
    const WebinarContact &c, const LinkSnapshot *snapshot, const QHash<QString, QString> *current)
{
    if (c.attended)
        return WebinarImportPlanner::attendedStatus();
    const quint32 key = LinkSnapshot::fieldKey(WebinarImportPlanner::statusHeading());
    if (snapshot) {
        if (const auto h = snapshot->hashFor(key);
            h && *h == LinkSnapshot::valueHash(WebinarImportPlanner::attendedStatus()))
            return WebinarImportPlanner::attendedStatus();
    }
    if (current
        && current->value(WebinarImportPlanner::statusHeading())
                .compare(WebinarImportPlanner::attendedStatus(), Qt::CaseInsensitive)
            == 0)
        return WebinarImportPlanner::attendedStatus();
    return WebinarImportPlanner::registeredStatus();
}

} // namespace

QList<QPair<QString, QString>> WebinarImportPlanner::registrationFields()
{
    static const QList<QPair<QString, QString>> fields = {
        { QStringLiteral("firstname"), QStringLiteral("First Name") },
        { QStringLiteral("lastname"), QStringLiteral("Last Name") },
        { QStringLiteral("email"), QStringLiteral("E-mail Address") },
        { QStringLiteral("workphone"), QStringLiteral("Work Phone Number") },
        { QStringLiteral("addressstreet1"), QStringLiteral("Street Address 1") },
        { QStringLiteral("addressstreet2"), QStringLiteral("Street Address 2") },
        { QStringLiteral("zip"), QStringLiteral("Postal Code") },
        { QStringLiteral("company"), QStringLiteral("Company") },
        { QStringLiteral("companysize"), QStringLiteral("Company Size") },
        { QStringLiteral("jobfunction"), QStringLiteral("Job Function") },
        { QStringLiteral("partnerref"), QStringLiteral("Lead Source") },
    };
    return fields;
}

QList<QPair<QString, QString>> WebinarImportPlanner::activityFields()
{
    static const QList<QPair<QString, QString>> fields = {
        { QStringLiteral("liveminutes"), QStringLiteral("Live Duration") },
        { QStringLiteral("archiveminutes"), QStringLiteral("Archive Duration") },
        { QStringLiteral("engagementscore"), QStringLiteral("Engagement Score") },
        { QStringLiteral("answeredpolls"), QStringLiteral("# of Poll Responses") },
        { QStringLiteral("askedquestions"), QStringLiteral("# of Questions Asked") },
        { QStringLiteral("answeredsurveys"), QStringLiteral("# of Surveys Submitted") },
        { QStringLiteral("resourcesdownloaded"), QStringLiteral("Number of Resources Viewed") },
    };
    return fields;
}

QStringList WebinarImportPlanner::headings()
{
    static const QStringList all = [] {
        QStringList h;
        for (const auto &f : registrationFields())
            h.append(f.second);
        h << statusHeading() << QStringLiteral("Registration Date/Time")
          << QStringLiteral("Attendance Date/Time");
        for (const auto &f : activityFields())
            h.append(f.second);
        // The key column first, as Act-On expects for a new list.
        h.removeAll(emailHeading());
        h.prepend(emailHeading());
        return h;
    }();
    return all;
}

QString WebinarImportPlanner::listName(qint64 eventId, const QString &title)
{
    // No control characters: a NUL byte in front made the name blank to SQLite (the run's
    // history could not be written) and Act-On refuses them.
    QString t = FieldNormaliser::stripControlCharacters(title).simplified();
    if (t.isEmpty())
        t = tr("Webinar");
    const QString suffix = QStringLiteral(" (%1)").arg(eventId);
    constexpr int kMax = 120;
    if (t.size() + suffix.size() > kMax) {
        qsizetype cut = kMax - suffix.size() - 1;
        // Never cut an emoji (or any character outside the BMP) in half: a lone surrogate
        // comes back from Act-On as U+FFFD, and the list would not be found by name again.
        if (t.at(cut - 1).isHighSurrogate())
            --cut;
        t = t.left(cut).trimmed() + QChar(0x2026);
    }
    return t + suffix;
}

qint64 WebinarImportPlanner::eventIdOfListName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("\\((\\d+)\\)\\s*$"));
    const auto m = re.match(name);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

QString WebinarImportPlanner::linkKey(
    const QString &clientId, qint64 eventId, const QString &emailKey)
{
    return clientId + QLatin1Char('/') + QString::number(eventId) + QLatin1Char('/') + emailKey;
}

QString WebinarImportPlanner::formatTime(const QVariant &on24Time)
{
    const QDateTime t = parseTime(on24Time);
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")) : QString();
}

namespace {

QString collectKey(qint64 eventId, const QString &email)
{
    return QString::number(eventId) + QLatin1Char('/') + email;
}

qint64 eventOf(const ConnectorRecord &r)
{
    return r.fields.value(QStringLiteral("eventid")).toLongLong();
}

void skipRecord(WebinarImportPlanner::Collecting &state, const ConnectorRecord &r,
    const QString &object, const QString &reason)
{
    const QString id = r.id.isEmpty() ? text(r.fields.value(QStringLiteral("email"))) : r.id;
    const QString k = object + QLatin1Char('/') + id;
    if (state.skipped.contains(k))
        return;
    state.skipped.insert(k);
    RecordChange c;
    c.system = kSystemOn24;
    c.object = object;
    c.recordKey = id;
    c.operation = ChangeOperation::Skip;
    c.reason = reason;
    state.out.skips.append(c);
}

} // namespace

void WebinarImportPlanner::collectRegistrants(
    Collecting &state, const QList<ConnectorRecord> &registrants)
{
    Collected &out = state.out;
    for (const ConnectorRecord &r : registrants) {
        const qint64 eventId = eventOf(r);
        const QString email = text(r.fields.value(QStringLiteral("email")));
        if (email.isEmpty()) {
            skipRecord(state, r, QStringLiteral("registrant"),
                tr("The ON24 registration %1 of webinar %2 has no e-mail address, so it has no "
                   "Act-On contact.")
                    .arg(r.id)
                    .arg(eventId));
            continue;
        }
        if (!plausibleEmail(email)) {
            skipRecord(state, r, QStringLiteral("registrant"),
                tr("“%1” (webinar %2) is not a valid e-mail address, so it has no Act-On "
                   "contact.")
                    .arg(shown(email), QString::number(eventId)));
            continue;
        }
        if (r.deleted) {
            skipRecord(state, r, QStringLiteral("registrant"),
                tr("%1 removed the registration for webinar %2 in ON24; the Act-On contact "
                   "is left as it is.")
                    .arg(shown(email), QString::number(eventId)));
            continue;
        }
        const QString emailKey = email.toLower();
        const QString key = collectKey(eventId, emailKey);
        const QDateTime activity = r.modifiedAt;
        qsizetype pos = state.index.value(key, -1);
        if (pos >= 0 && state.regActivity.value(key).isValid() && activity.isValid()
            && activity < state.regActivity.value(key))
            continue; // an older copy of a registration already taken
        WebinarContact fresh;
        fresh.eventId = eventId;
        fresh.emailKey = emailKey;
        fresh.on24Id = r.id;
        for (const auto &[field, heading] : registrationFields()) {
            const QString v = value(r.fields.value(field));
            if (!v.isEmpty())
                fresh.values.insert(heading, v);
        }
        const QString regTime = formatTime(r.fields.value(QStringLiteral("createtimestamp")));
        if (!regTime.isEmpty())
            fresh.values.insert(QStringLiteral("Registration Date/Time"), regTime);
        if (pos < 0) {
            state.index.insert(key, out.contacts.size());
            out.contacts.append(fresh);
        } else {
            // Keep attendance already merged in; replace the registration part.
            WebinarContact &c = out.contacts[pos];
            for (const auto &[field, heading] : registrationFields())
                c.values.remove(heading);
            c.values.remove(QStringLiteral("Registration Date/Time"));
            c.values.insert(fresh.values);
            c.on24Id = fresh.on24Id;
        }
        state.regActivity.insert(key, activity);
    }
}

void WebinarImportPlanner::collectAttendees(
    Collecting &state, const QList<ConnectorRecord> &attendees)
{
    Collected &out = state.out;
    for (const ConnectorRecord &r : attendees) {
        const qint64 eventId = eventOf(r);
        const QString email = text(r.fields.value(QStringLiteral("email")));
        if (email.isEmpty() || !plausibleEmail(email)) {
            skipRecord(state, r, QStringLiteral("attendee"),
                tr("The ON24 attendance %1 of webinar %2 has no valid e-mail address, so it "
                   "has no Act-On contact.")
                    .arg(r.id)
                    .arg(eventId));
            continue;
        }
        if (r.deleted)
            continue;
        const QString emailKey = email.toLower();
        const QString key = collectKey(eventId, emailKey);
        if (state.attActivity.contains(key) && r.modifiedAt.isValid()
            && r.modifiedAt < state.attActivity.value(key))
            continue;
        state.attActivity.insert(key, r.modifiedAt);
        qsizetype pos = state.index.value(key, -1);
        if (pos < 0) {
            WebinarContact c;
            c.eventId = eventId;
            c.emailKey = emailKey;
            c.on24Id = r.id;
            c.values.insert(emailHeading(), email);
            state.index.insert(key, out.contacts.size());
            out.contacts.append(c);
            pos = out.contacts.size() - 1;
            out.eventsMissingRegistration.insert(eventId);
        }
        WebinarContact &c = out.contacts[pos];
        c.attended = true;
        for (const auto &[field, heading] : activityFields()) {
            const QString v = value(r.fields.value(field));
            if (!v.isEmpty())
                c.values.insert(heading, v);
        }
        QString first = formatTime(r.fields.value(QStringLiteral("firstliveactivity")));
        if (first.isEmpty())
            first = formatTime(r.fields.value(QStringLiteral("firstarchiveactivity")));
        if (!first.isEmpty())
            c.values.insert(QStringLiteral("Attendance Date/Time"), first);
    }
}

void WebinarImportPlanner::markAttended(Collecting &state)
{
    for (WebinarContact &c : state.out.contacts) {
        if (c.attended)
            c.values.insert(statusHeading(), attendedStatus());
    }
}

WebinarImportPlanner::Collected WebinarImportPlanner::collect(
    const QList<ConnectorRecord> &registrants, const QList<ConnectorRecord> &attendees)
{
    Collecting state;
    collectRegistrants(state, registrants);
    collectAttendees(state, attendees);
    markAttended(state);
    return std::move(state.out);
}

bool WebinarImportPlanner::differs(const WebinarContact &contact, const LinkSnapshot *snapshot)
{
    if (!snapshot)
        return true;
    for (auto it = contact.values.cbegin(); it != contact.values.cend(); ++it) {
        QString value = it.value();
        if (it.key() == statusHeading())
            continue;
        const auto h = snapshot->hashFor(LinkSnapshot::fieldKey(it.key()));
        if (!h || *h != LinkSnapshot::valueHash(value))
            return true;
    }
    const QString status = effectiveStatus(contact, snapshot, nullptr);
    const auto h = snapshot->hashFor(LinkSnapshot::fieldKey(statusHeading()));
    return !h || *h != LinkSnapshot::valueHash(status);
}

QString WebinarImportPlanner::createReason(const QString &status)
{
    return status == attendedStatus()
        ? tr("Added to the webinar's list with the ON24 registration and attendance.")
        : tr("Added to the webinar's list with the ON24 registration.");
}

WebinarListPlan WebinarImportPlanner::planList(const WebinarListState &state,
    const QList<WebinarContact> &contacts, const QHash<QString, LinkSnapshot> &snapshots,
    const QString &clientId, qint64 runId)
{
    WebinarListPlan plan;
    plan.eventId = state.eventId;
    plan.listName = state.listName;
    plan.listId = state.listId;
    const QString object = QStringLiteral("list:") + state.listName;

    for (const WebinarContact &in : contacts) {
        const QString key = linkKey(clientId, in.eventId, in.emailKey);
        const auto snapIt = snapshots.constFind(key);
        const LinkSnapshot *snapshot = snapIt == snapshots.cend() ? nullptr : &*snapIt;
        if (!differs(in, snapshot))
            continue;

        const QHash<QString, QString> *current = nullptr;
        if (state.currentKnown) {
            const auto curIt = state.current.constFind(in.emailKey);
            if (curIt != state.current.cend())
                current = &*curIt;
        }

        WebinarContact c = in;
        c.values.insert(statusHeading(), effectiveStatus(in, snapshot, current));

        LinkSnapshot snap = snapshot ? *snapshot : LinkSnapshot();
        snap.emailKey = key;
        snap.on24Id = c.on24Id.isEmpty() ? snap.on24Id : c.on24Id;
        for (auto it = c.values.cbegin(); it != c.values.cend(); ++it)
            snap.setHash(LinkSnapshot::fieldKey(it.key()), LinkSnapshot::valueHash(it.value()));

        WebinarContactWrite w;
        w.create = state.currentKnown ? current == nullptr : snapshot == nullptr;
        if (state.listId.isEmpty())
            w.create = true;
        auto row = [&](ChangeOperation operation) -> RecordChange & {
            RecordChange &rc = w.changes.emplace_back();
            rc.runId = runId;
            rc.system = kSystemActOn;
            rc.object = object;
            rc.recordKey = c.emailKey;
            rc.operation = operation;
            return rc;
        };
        if (w.create) {
            // One history row per new contact (its values are the ON24 registration's): a
            // full import of a million registrants must not write twenty million rows.
            row(ChangeOperation::Create).reason = createReason(c.values.value(statusHeading()));
        }
        for (auto it = c.values.cbegin(); !w.create && it != c.values.cend(); ++it) {
            QString oldValue;
            bool changed;
            if (current) {
                oldValue = current->value(it.key());
                changed = oldValue != it.value();
            } else {
                const auto h = snapshot ? snapshot->hashFor(LinkSnapshot::fieldKey(it.key()))
                                        : std::optional<quint64>();
                changed = !h || *h != LinkSnapshot::valueHash(it.value());
                if (it.key() == statusHeading() && h
                    && *h == LinkSnapshot::valueHash(registeredStatus()))
                    oldValue = registeredStatus();
            }
            if (!changed)
                continue;
            RecordChange &rc = row(ChangeOperation::Update);
            rc.field = it.key();
            rc.oldValue = oldValue;
            rc.newValue = it.value();
        }
        w.contact = c;
        w.snapshot = snap;
        if (w.changes.isEmpty()) {
            // Act-On already holds these values (e.g. the journal was reset): nothing to send.
            plan.refreshOnly.append(snap);
            continue;
        }
        plan.writes.append(w);
    }
    return plan;
}

} // namespace LeadBridge
