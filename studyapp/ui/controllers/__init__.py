"""One controller per feature (browse, study, mock, insights, files, editing,
data safety, preferences). Each is a QObject that takes the shell's widgets and the
app's context; they never import each other and meet through signals that
`studyapp.app` connects."""
