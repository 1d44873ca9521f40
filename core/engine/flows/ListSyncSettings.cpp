#include "core/engine/flows/ListSyncSettings.h"

namespace LeadBridge {

namespace {

bool containsHeading(const QStringList &list, const QString &heading)
{
    for (const QString &h : list) {
        if (h.trimmed().compare(heading.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList stringList(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return v.toString().split(u',', Qt::SkipEmptyParts);
    QStringList out;
    for (const QVariant &item : v.toList())
        out.append(item.toString().trimmed());
    return out;
}

} // namespace

ListSyncSettings ListSyncSettings::fromMap(const QVariantMap &map, QString *error)
{
    ListSyncSettings s;
    const QString source = map.value(QStringLiteral("source")).toString().trimmed().toLower();
    if (source == QLatin1String("contacts") || source == QLatin1String("contact"))
        s.source = Source::Contacts;
    else if (source == QLatin1String("report"))
        s.source = Source::Report;
    else if (source == QLatin1String("campaign"))
        s.source = Source::Campaign;
    s.reportId = map.value(QStringLiteral("reportId")).toString().trimmed();
    s.campaignId = map.value(QStringLiteral("campaignId")).toString().trimmed();
    s.listName = map.value(QStringLiteral("listName")).toString().trimmed();
    if (s.listName.isEmpty())
        s.listName = s.defaultListName();
    s.listFolder = map.value(QStringLiteral("listFolder")).toString().trimmed();
    if (s.listFolder.isEmpty())
        s.listFolder = QStringLiteral("Default Folder");
    s.pushAddNew = map.value(QStringLiteral("pushAddNew"), false).toBool();
    s.pushAddAs = map.value(QStringLiteral("pushAddAs"))
                      .toString()
                      .compare(QLatin1String("contact"), Qt::CaseInsensitive)
            == 0
        ? CrmObjectType::Contact
        : CrmObjectType::Lead;
    s.pushUpdate = map.value(QStringLiteral("pushUpdate"), false).toBool();
    s.pushUpdateFields = stringList(map.value(QStringLiteral("pushUpdateFields")));
    s.pullAddNew = map.value(QStringLiteral("pullAddNew"), true).toBool();
    s.pullUpdate = map.value(QStringLiteral("pullUpdate"), false).toBool();
    s.pullUpdateFields = stringList(map.value(QStringLiteral("pullUpdateFields")));
    s.pullRemoveNotFound = map.value(QStringLiteral("pullRemoveNotFound"), false).toBool();

    if (error) {
        error->clear();
        if (!source.isEmpty() && source != QLatin1String("leads") && source != QLatin1String("lead")
            && s.source == Source::Leads)
            *error = tr("The list sync source “%1” is not known. Choose All Leads, All Contacts, "
                        "a report or a campaign in the flow settings.")
                         .arg(source);
        else if (s.source == Source::Report && s.reportId.isEmpty())
            *error = tr("The list sync reads a Salesforce report, but no report is chosen. "
                        "Choose the report in the flow settings.");
        else if (s.source == Source::Campaign && s.campaignId.isEmpty())
            *error = tr("The list sync reads a Salesforce campaign, but no campaign is chosen. "
                        "Choose the campaign in the flow settings.");
    }
    return s;
}

QVariantMap ListSyncSettings::toMap() const
{
    return {
        { QStringLiteral("source"), sourceToString(source) },
        { QStringLiteral("reportId"), reportId },
        { QStringLiteral("campaignId"), campaignId },
        { QStringLiteral("listName"), listName },
        { QStringLiteral("listFolder"), listFolder },
        { QStringLiteral("pushAddNew"), pushAddNew },
        { QStringLiteral("pushAddAs"),
            pushAddAs == CrmObjectType::Lead ? QStringLiteral("lead") : QStringLiteral("contact") },
        { QStringLiteral("pushUpdate"), pushUpdate },
        { QStringLiteral("pushUpdateFields"), pushUpdateFields },
        { QStringLiteral("pullAddNew"), pullAddNew },
        { QStringLiteral("pullUpdate"), pullUpdate },
        { QStringLiteral("pullUpdateFields"), pullUpdateFields },
        { QStringLiteral("pullRemoveNotFound"), pullRemoveNotFound },
    };
}

QString ListSyncSettings::sourceToString(Source source)
{
    switch (source) {
    case Source::Leads:
        return QStringLiteral("leads");
    case Source::Contacts:
        return QStringLiteral("contacts");
    case Source::Report:
        return QStringLiteral("report");
    case Source::Campaign:
        return QStringLiteral("campaign");
    }
    return QStringLiteral("leads");
}

QString ListSyncSettings::defaultListName() const
{
    switch (source) {
    case Source::Leads:
        return tr("All Salesforce Leads");
    case Source::Contacts:
        return tr("All Salesforce Contacts");
    case Source::Report:
        return tr("Salesforce report %1").arg(reportId);
    case Source::Campaign:
        return tr("Salesforce campaign %1").arg(campaignId);
    }
    return {};
}

bool ListSyncSettings::pushesField(const QString &heading) const
{
    return pushUpdate && containsHeading(pushUpdateFields, heading);
}

bool ListSyncSettings::pullsField(const QString &heading) const
{
    return pullUpdate && containsHeading(pullUpdateFields, heading);
}

} // namespace LeadBridge
