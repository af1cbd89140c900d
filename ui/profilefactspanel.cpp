#include "profilefactspanel.h"

#include "models/profilefactsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace cdp::ui {

ProfileFactsPanel::ProfileFactsPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(tr("Profile"), this))
    , m_view(new QTreeView(this))
    , m_model(new ProfileFactsModel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnHidden(ProfileFactsModel::Detail, true);
    m_view->setToolTip(tr("Double-click a linked id to open that profile."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString linked = index.siblingAtColumn(0).data(ProfileFactsModel::LinkedIdRole).toString();
        if (!linked.isEmpty())
            emit linkedIdActivated(linked);
    });
}

void ProfileFactsPanel::setProfile(const UserProfile &profile)
{
    m_model->setProfile(profile);
    m_heading->setText(tr("Profile of %1").arg(profile.userId));
    m_view->expandAll();
    m_view->resizeColumnToContents(ProfileFactsModel::Name);
    m_view->setColumnWidth(ProfileFactsModel::Name,
                           qMin(m_view->columnWidth(ProfileFactsModel::Name) + 12, 200));
}

void ProfileFactsPanel::clear()
{
    m_model->clear();
    m_heading->setText(tr("Profile"));
}

} // namespace cdp::ui
