#pragma once
/// @file candidate_export_dialog.h
/// File > Export Candidates…: which candidates (this star or every star,
/// flagged or all) in which format (CSV, JSON, ExoFOP CTOI, PDF report).

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;

namespace exo::app {

class CandidateExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Format { Csv, Json, Ctoi, Pdf };
    explicit CandidateExportDialog(bool haveCurrentStar, QWidget* parent = nullptr);

    bool currentStarOnly() const;
    bool flaggedOnly() const;
    Format format() const;
    /// File-dialog filter and default suffix of the chosen format.
    QString fileFilter() const;
    QString suffix() const;

private:
    QButtonGroup* m_scope = nullptr;
    QCheckBox* m_flagged = nullptr;
    QComboBox* m_format = nullptr;
};

}  // namespace exo::app
