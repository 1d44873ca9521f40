// FieldMapTableModel under QAbstractItemModelTester: data, flags and setData per column,
// validation decorations and tooltips, score and policy rules for allow push, unsaved state.
#include "core/mapping/MappingValidator.h"
#include "core/mapping/MarketingFieldType.h"
#include "core/mapping/StandardFields.h"
#include "tests/support/MappingFixtures.h"
#include "ui/mapping/FieldMapTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace LeadBridge;
using M = FieldMapTableModel;

class TestFieldMapModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void columnsAndHeaders();
    void marketingColumn();
    void typeColumn();
    void sourceColumns();
    void allowPushColumn();
    void scoreRowsAlwaysPush();
    void policyGovernsAllowPush();
    void validationDecoratesCells();
    void schemaDriftFlagsRow();
    void rowsAddRemoveAndModifiedState();

private:
    std::unique_ptr<M> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int row(const QString &name) const { return m_model->map().indexOf(name); }
};

void TestFieldMapModel::init()
{
    m_model = std::make_unique<M>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setFlowKind(FlowKind::CrmContactSync);
    m_model->setSchemas(Test::salesforceLead(), Test::salesforceContact());
    m_model->setMap(StandardFields::defaultMap(
        CrmKind::Salesforce, Test::salesforceLead(), Test::salesforceContact()));
}

void TestFieldMapModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestFieldMapModel::columnsAndHeaders()
{
    QCOMPARE(m_model->columnCount(), 6); // the Score sheet column (seed 004) is the sixth
    QVERIFY(m_model->rowCount() > 10);
    QCOMPARE(m_model->headerData(M::MarketingColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Act-On field"));
    QCOMPARE(m_model->headerData(M::LeadColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Salesforce Lead field"));
    QCOMPARE(m_model->headerData(M::ContactColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Salesforce Contact field"));
    QCOMPARE(m_model->headerData(M::AllowPushColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Allow push"));
    QCOMPARE(m_model->headerData(M::ScoreSheetColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Score sheet"));
}

void TestFieldMapModel::marketingColumn()
{
    const QModelIndex email
        = m_model->index(row(QStringLiteral("E-mail Address")), M::MarketingColumn);
    QCOMPARE(email.data().toString(), QStringLiteral("E-mail Address"));
    QVERIFY(!(m_model->flags(email) & Qt::ItemIsEditable)); // standard fields keep their name
    QVERIFY(!m_model->setData(email, QStringLiteral("Mail")));

    const int custom = m_model->addMapRow(FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Webinar Count"), MarketingFieldType::Number), {},
        {}));
    const QModelIndex name = m_model->index(custom, M::MarketingColumn);
    QVERIFY(m_model->flags(name) & Qt::ItemIsEditable);
    QVERIFY(m_model->setData(name, QStringLiteral("  Webinars attended ")));
    QCOMPARE(name.data().toString(), QStringLiteral("Webinars attended"));
    QVERIFY(!m_model->setData(name, QStringLiteral("   "))); // empty names are refused
    QCOMPARE(m_model->map().row(custom).marketing.name, QStringLiteral("Webinars attended"));
    QCOMPARE(name.data(M::IsStandardRole).toBool(), false);
}

void TestFieldMapModel::typeColumn()
{
    const QModelIndex type = m_model->index(row(QStringLiteral("E-mail Address")), M::TypeColumn);
    QCOMPARE(type.data().toString(), QStringLiteral("Email"));
    QCOMPARE(type.data(Qt::EditRole).value<MarketingFieldType>(), MarketingFieldType::Email);
    QVERIFY(!(m_model->flags(type) & Qt::ItemIsEditable));

    const int custom = m_model->addMapRow(FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Employees"), MarketingFieldType::Text),
        QStringLiteral("NumberOfEmployees"), {}));
    const QModelIndex customType = m_model->index(custom, M::TypeColumn);
    QVERIFY(m_model->flags(customType) & Qt::ItemIsEditable);
    QVERIFY(m_model->setData(customType, QVariant::fromValue(MarketingFieldType::Number)));
    QCOMPARE(customType.data().toString(), QStringLiteral("Number"));
    QVERIFY(m_model->setData(customType, QStringLiteral("multi-text"))); // storage names too
    QCOMPARE(m_model->map().row(custom).marketing.type, MarketingFieldType::MultiText);
    QVERIFY(!m_model->setData(customType, QStringLiteral("colour")));
}

void TestFieldMapModel::sourceColumns()
{
    const int title = row(QStringLiteral("Job Title"));
    const QModelIndex lead = m_model->index(title, M::LeadColumn);
    QVERIFY(m_model->flags(lead) & Qt::ItemIsEditable);
    QCOMPARE(lead.data(Qt::EditRole).toString(), QStringLiteral("Title"));
    QCOMPARE(lead.data().toString(), QStringLiteral("Title")); // label == API name
    QVERIFY(m_model->setData(lead, QStringLiteral("LeadSource")));
    QCOMPARE(lead.data().toString(), QStringLiteral("Lead Source (LeadSource)"));
    QVERIFY(lead.data(Qt::ToolTipRole).toString().contains(QStringLiteral("picklist")));
    QVERIFY(m_model->setData(lead, QString()));
    QCOMPARE(m_model->map().row(title).leadField, QString());
    QVERIFY(lead.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("No Lead field")));

    const QModelIndex contact = m_model->index(row(QStringLiteral("Company")), M::ContactColumn);
    QCOMPARE(contact.data(Qt::EditRole).toString(), QStringLiteral("Account.Name"));
    QVERIFY(m_model->setSource(title, CrmObjectType::Contact, QStringLiteral("Department")));
    QCOMPARE(m_model->map().row(title).contactField, QStringLiteral("Department"));
}

void TestFieldMapModel::allowPushColumn()
{
    const int title = row(QStringLiteral("Job Title"));
    const QModelIndex push = m_model->index(title, M::AllowPushColumn);
    QVERIFY(m_model->flags(push) & Qt::ItemIsUserCheckable);
    QVERIFY(m_model->flags(push) & Qt::ItemIsEnabled);
    QCOMPARE(push.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(push, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(push.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(m_model->map().row(title).allowPush, false);
    QVERIFY(!m_model->setData(push, Qt::Unchecked, Qt::CheckStateRole)); // no change
    QVERIFY(push.data(Qt::ToolTipRole).toString().contains(QStringLiteral("written back")));
}

void TestFieldMapModel::scoreRowsAlwaysPush()
{
    const int score = row(QStringLiteral("Score"));
    QVERIFY(score >= 0);
    const QModelIndex push = m_model->index(score, M::AllowPushColumn);
    QCOMPARE(push.data(M::IsScoreRole).toBool(), true);
    QCOMPARE(push.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!(m_model->flags(push) & Qt::ItemIsEnabled));
    QVERIFY(!(m_model->flags(push) & Qt::ItemIsUserCheckable));
    QVERIFY(!m_model->setData(push, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(push.data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Score fields always push")));
}

void TestFieldMapModel::policyGovernsAllowPush()
{
    const int title = row(QStringLiteral("Job Title"));
    const QModelIndex push = m_model->index(title, M::AllowPushColumn);
    m_model->setPolicy(PushPolicy::CrmToMarketingOnly);
    QCOMPARE(push.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!(m_model->flags(push) & Qt::ItemIsEnabled));
    QVERIFY(push.data(Qt::ToolTipRole).toString().contains(QStringLiteral("CRM → Act-On only")));
    // The score still pushes.
    QCOMPARE(m_model->index(row(QStringLiteral("Score")), M::AllowPushColumn)
                 .data(Qt::CheckStateRole)
                 .toInt(),
        int(Qt::Checked));
    m_model->setPolicy(PushPolicy::TwoWay);
    QCOMPARE(push.data(Qt::CheckStateRole).toInt(), int(Qt::Checked)); // toggle kept
}

void TestFieldMapModel::validationDecoratesCells()
{
    QSignalSpy issues(m_model.get(), &M::issuesChanged);
    const int email = row(QStringLiteral("E-mail Address"));
    QVERIFY(m_model->setSource(email, CrmObjectType::Lead, QString()));
    QVERIFY(m_model->setSource(email, CrmObjectType::Contact, QString()));
    QVERIFY(!issues.isEmpty());
    // The validator points at the Lead column of the email row.
    const QModelIndex cell = m_model->index(email, M::LeadColumn);
    QCOMPARE(m_model->index(email, M::MarketingColumn).data(M::IssueSeverityRole).toInt(), -1);
    QCOMPARE(cell.data(M::IssueSeverityRole).toInt(), 0);
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY2(
        cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("has no Salesforce source")),
        qPrintable(cell.data(Qt::ToolTipRole).toString()));
    QVERIFY(m_model->setSource(email, CrmObjectType::Lead, QStringLiteral("Email")));
    QVERIFY(m_model->setSource(email, CrmObjectType::Contact, QStringLiteral("Email")));
    QCOMPARE(cell.data(M::IssueSeverityRole).toInt(), -1);
    QVERIFY(cell.data(Qt::DecorationRole).isNull());

    // Text into a Number field: an error on the Lead cell of that row.
    const int custom = m_model->addMapRow(FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Employees"), MarketingFieldType::Number),
        QStringLiteral("Title"), {}));
    const QModelIndex lead = m_model->index(custom, M::LeadColumn);
    QCOMPARE(lead.data(M::IssueSeverityRole).toInt(), 0);
    QVERIFY(lead.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Number")));
    QCOMPARE(
        MappingValidator::withCode(m_model->issues(), QStringLiteral("type-incompatible")).size(),
        1);
}

void TestFieldMapModel::schemaDriftFlagsRow()
{
    const int custom = m_model->addMapRow(FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Webinar Count"), MarketingFieldType::Number),
        QStringLiteral("Gone__c"), {}));
    const QModelIndex lead = m_model->index(custom, M::LeadColumn);
    QCOMPARE(lead.data(M::IssueSeverityRole).toInt(), 0);
    QVERIFY(lead.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no longer exists")));
    // Without a schema the check is skipped.
    m_model->setSchemas(std::nullopt, std::nullopt);
    QCOMPARE(lead.data(M::IssueSeverityRole).toInt(), -1);
    QCOMPARE(lead.data().toString(), QStringLiteral("Gone__c"));
}

void TestFieldMapModel::rowsAddRemoveAndModifiedState()
{
    QSignalSpy modified(m_model.get(), &M::modifiedChanged);
    QVERIFY(!m_model->isModified());
    const int before = m_model->rowCount();
    const int added = m_model->addMapRow(FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Notes"), MarketingFieldType::Text), {}, {}));
    QCOMPARE(m_model->rowCount(), before + 1);
    QVERIFY(m_model->isModified());
    QCOMPARE(modified.count(), 1);
    QVERIFY(m_model->removeRows(added, 1));
    QVERIFY(!m_model->isModified()); // back to the saved map
    QCOMPARE(modified.count(), 2);
    QVERIFY(!m_model->removeRows(m_model->rowCount(), 1));
    QVERIFY(m_model->removeRows(0, 1));
    QVERIFY(m_model->isModified());
    FieldMap saved = m_model->map();
    saved.setRevision(4);
    m_model->markSaved(saved);
    QVERIFY(!m_model->isModified());
    QCOMPARE(m_model->map().revision(), 4);
    QVERIFY(m_model->removeRows(0, 2));
    m_model->revert();
    QCOMPARE(m_model->rowCount(), before - 1);
    QVERIFY(!m_model->isModified());
}

QTEST_MAIN(TestFieldMapModel)
#include "tst_fieldmapmodel.moc"
