<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MaskRangeCommand</name>
    <message>
        <source>Mask time range</source>
        <translation>Masquer un intervalle de temps</translation>
    </message>
    <message>
        <source>Clear masked ranges</source>
        <translation>Effacer les intervalles masqués</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Points aberrants</translation>
    </message>
    <message>
        <source>Gap between segments</source>
        <translation>Lacune entre segments</translation>
    </message>
    <message>
        <source>Shortest segment</source>
        <translation>Segment le plus court</translation>
    </message>
    <message>
        <source>Masked time ranges</source>
        <translation>Intervalles de temps masqués</translation>
    </message>
    <message>
        <source>Min period</source>
        <translation>Période min.</translation>
    </message>
    <message>
        <source>Max period</source>
        <translation>Période max.</translation>
    </message>
    <message>
        <source>Oversampling</source>
        <translation>Suréchantillonnage</translation>
    </message>
    <message>
        <source>Durations (h)</source>
        <translation>Durées (h)</translation>
    </message>
    <message>
        <source>Max planets</source>
        <translation>Planètes max.</translation>
    </message>
    <message>
        <source>Min SNR</source>
        <translation>RSB min.</translation>
    </message>
    <message>
        <source>Min SDE</source>
        <translation>SDE min.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Fils d’exécution</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>Mark dips below</source>
        <translation>Marquer les creux sous</translation>
    </message>
    <message>
        <source>Min transits</source>
        <translation>Transits min.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Flag candidate %1</source>
        <translation>Marquer le candidat %1</translation>
    </message>
    <message>
        <source>Unflag candidate %1</source>
        <translation>Démarquer le candidat %1</translation>
    </message>
    <message>
        <source>Edit note of candidate %1</source>
        <translation>Modifier la note du candidat %1</translation>
    </message>
    <message>
        <source>Set disposition of candidate %1</source>
        <translation>Définir le statut du candidat %1</translation>
    </message>
</context>
<context>
    <name>SessionIO</name>
    <message>
        <source>This is not an ExoWorld session file (format &quot;%1&quot;, expected &quot;%2&quot;).</source>
        <translation>Ce n’est pas un fichier de session ExoWorld (format « %1 », attendu « %2 »).</translation>
    </message>
    <message>
        <source>The session file has no valid format version.</source>
        <translation>Le fichier de session n’a pas de version de format valide.</translation>
    </message>
    <message>
        <source>This session was written by a newer ExoWorld (format %1); this version reads format %2.</source>
        <translation>Cette session a été écrite par un ExoWorld plus récent (format %1) ; cette version lit le format %2.</translation>
    </message>
    <message>
        <source>The session file is damaged (&quot;%1&quot; is not a list).</source>
        <translation>Le fichier de session est endommagé (« %1 » n’est pas une liste).</translation>
    </message>
    <message>
        <source>The session file is damaged (&quot;%1&quot; is not an object).</source>
        <translation>Le fichier de session est endommagé (« %1 » n’est pas un objet).</translation>
    </message>
    <message>
        <source>A file entry without a path was dropped.</source>
        <translation>Une entrée de fichier sans chemin a été ignorée.</translation>
    </message>
    <message>
        <source>Data file not found: %1</source>
        <translation>Fichier de données introuvable : %1</translation>
    </message>
    <message>
        <source>The aperture of %1, which is not among the session&apos;s files, was dropped.</source>
        <translation>L’ouverture de %1, qui ne fait pas partie des fichiers de la session, a été ignorée.</translation>
    </message>
    <message>
        <source>No session file name was given.</source>
        <translation>Aucun nom de fichier de session n’a été donné.</translation>
    </message>
    <message>
        <source>Cannot write the session file %1: %2</source>
        <translation>Impossible d’écrire le fichier de session %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save the session file %1: %2</source>
        <translation>Impossible d’enregistrer le fichier de session %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open the session file %1: %2</source>
        <translation>Impossible d’ouvrir le fichier de session %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 is not a session file (invalid JSON at offset %2: %3).</source>
        <translation>Le fichier %1 n’est pas un fichier de session (JSON invalide à la position %2 : %3).</translation>
    </message>
    <message>
        <source>The file %1 is not a session file.</source>
        <translation>Le fichier %1 n’est pas un fichier de session.</translation>
    </message>
    <message>
        <source>Unknown aperture mode &quot;%1&quot; for %2; using the pipeline aperture.</source>
        <translation>Mode d’ouverture inconnu « %1 » pour %2 ; ouverture du pipeline utilisée.</translation>
    </message>
    <message>
        <source>The custom aperture of %1 is damaged; using the pipeline aperture.</source>
        <translation>L’ouverture personnalisée de %1 est endommagée ; ouverture du pipeline utilisée.</translation>
    </message>
    <message>
        <source>The custom aperture of %1 has no mask; using the pipeline aperture.</source>
        <translation>L’ouverture personnalisée de %1 n’a pas de masque ; ouverture du pipeline utilisée.</translation>
    </message>
    <message>
        <source>Unknown flux source &quot;%1&quot;; using the default.</source>
        <translation>Source de flux inconnue « %1 » ; valeur par défaut utilisée.</translation>
    </message>
    <message>
        <source>Unknown detrending method &quot;%1&quot;; using the default.</source>
        <translation>Méthode de correction de tendance inconnue « %1 » ; valeur par défaut utilisée.</translation>
    </message>
    <message>
        <source>A damaged masked time range was dropped.</source>
        <translation>Un intervalle de temps masqué endommagé a été ignoré.</translation>
    </message>
    <message>
        <source>Unknown search objective &quot;%1&quot;; using the default.</source>
        <translation>Objectif de recherche inconnu « %1 » ; valeur par défaut utilisée.</translation>
    </message>
    <message>
        <source>The session file is damaged (%1 %2, at most %3 are read).</source>
        <translation>Le fichier de session est endommagé (%1 %2, %3 au plus sont lus).</translation>
    </message>
    <message>
        <source>A file entry with an invalid path was dropped.</source>
        <translation>Une entrée de fichier au chemin invalide a été ignorée.</translation>
    </message>
    <message numerus="yes">
        <source>%n more data file(s) were not found.</source>
        <translation>
            <numerusform>%n autre fichier de données est introuvable.</numerusform>
            <numerusform>%n autres fichiers de données sont introuvables.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is too large to be a session file (more than %2 MB).</source>
        <translation>Le fichier %1 est trop gros pour être un fichier de session (plus de %2 Mo).</translation>
    </message>
    <message>
        <source>The file %1 is not a valid session file (%2).</source>
        <translation>Le fichier %1 n’est pas un fichier de session valide (%2).</translation>
    </message>
    <message>
        <source>The custom aperture of %1 selects no pixel; using the pipeline aperture.</source>
        <translation>L’ouverture personnalisée de %1 ne sélectionne aucun pixel ; ouverture du pipeline utilisée.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 masked time ranges were kept.</source>
        <translation>Seuls les %1 premiers des %2 intervalles de temps masqués ont été gardés.</translation>
    </message>
    <message>
        <source>The session&apos;s setting “%1” is not valid (%2); the default is used.</source>
        <translation>Le réglage « %1 » de la session n’est pas valide (%2) ; la valeur par défaut est utilisée.</translation>
    </message>
    <message>
        <source>Preparation settings</source>
        <translation>Réglages de préparation</translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation>Réglages de recherche</translation>
    </message>
    <message>
        <source>Unknown re-detrending choice &quot;%1&quot;; using the default (masked).</source>
        <translation>Choix de réajustement de la tendance inconnu « %1 » ; valeur par défaut utilisée (transits masqués).</translation>
    </message>
    <message>
        <source>Unknown noise model &quot;%1&quot;; using the default (local scatter).</source>
        <translation>Modèle de bruit inconnu « %1 » ; valeur par défaut utilisée (dispersion locale).</translation>
    </message>
    <message>
        <source>Unusable minimum number of transits &quot;%1&quot;; using the default (%2).</source>
        <translation>Nombre minimum de transits inutilisable « %1 » ; valeur par défaut utilisée (%2).</translation>
    </message>
</context>
<context>
    <name>SetApertureCommand</name>
    <message>
        <source>Use pipeline aperture</source>
        <translation>Utiliser l’ouverture du pipeline</translation>
    </message>
    <message>
        <source>Use threshold aperture</source>
        <translation>Utiliser l’ouverture par seuil</translation>
    </message>
    <message>
        <source>Use all pixels</source>
        <translation>Utiliser tous les pixels</translation>
    </message>
    <message>
        <source>Edit aperture</source>
        <translation>Modifier l’ouverture</translation>
    </message>
    <message>
        <source>Change aperture threshold</source>
        <translation>Changer le seuil d’ouverture</translation>
    </message>
</context>
<context>
    <name>SetSettingsCommand</name>
    <message>
        <source>Change flux source</source>
        <translation>Changer la source du flux</translation>
    </message>
    <message>
        <source>Change quality mask</source>
        <translation>Changer le masque de qualité</translation>
    </message>
    <message>
        <source>Change outlier clipping</source>
        <translation>Changer l’écrêtage des points aberrants</translation>
    </message>
    <message>
        <source>Change detrending method</source>
        <translation>Changer la méthode de correction de tendance</translation>
    </message>
    <message>
        <source>Change detrending window</source>
        <translation>Changer la fenêtre de correction de tendance</translation>
    </message>
    <message>
        <source>Change gap threshold</source>
        <translation>Changer le seuil de lacune</translation>
    </message>
    <message>
        <source>Change minimum segment length</source>
        <translation>Changer la longueur minimale de segment</translation>
    </message>
    <message>
        <source>Change masked ranges</source>
        <translation>Changer les intervalles masqués</translation>
    </message>
    <message>
        <source>Change preparation settings</source>
        <translation>Changer les réglages de préparation</translation>
    </message>
    <message>
        <source>Change period range</source>
        <translation>Changer la plage de périodes</translation>
    </message>
    <message>
        <source>Change period oversampling</source>
        <translation>Changer le suréchantillonnage des périodes</translation>
    </message>
    <message>
        <source>Change transit durations</source>
        <translation>Changer les durées de transit</translation>
    </message>
    <message>
        <source>Change number of planets</source>
        <translation>Changer le nombre de planètes</translation>
    </message>
    <message>
        <source>Change SNR threshold</source>
        <translation>Changer le seuil de RSB</translation>
    </message>
    <message>
        <source>Change SDE threshold</source>
        <translation>Changer le seuil de SDE</translation>
    </message>
    <message>
        <source>Change search objective</source>
        <translation>Changer l’objectif de recherche</translation>
    </message>
    <message>
        <source>Change thread count</source>
        <translation>Changer le nombre de fils d’exécution</translation>
    </message>
    <message>
        <source>Change search settings</source>
        <translation>Changer les réglages de recherche</translation>
    </message>
    <message>
        <source>Change re-detrending</source>
        <translation>Changer le réajustement de la tendance</translation>
    </message>
    <message>
        <source>Change noise model</source>
        <translation>Changer le modèle de bruit</translation>
    </message>
    <message>
        <source>Change minimum transits</source>
        <translation>Changer le nombre minimum de transits</translation>
    </message>
</context>
<context>
    <name>exo::app</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>l’option %1 demande une valeur</translation>
    </message>
    <message>
        <source>--size expects WxH, e.g. 1366x768</source>
        <translation>--size attend LxH, p. ex. 1366x768</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>--timeout expects whole seconds between 1 and 86400, got %1</source>
        <translation>--timeout attend un nombre entier de secondes entre 1 et 86400, reçu %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>erreur interne : %1</translation>
    </message>
    <message>
        <source>usage: exoworld [FILE|FOLDER|SESSION...] [--screenshot OUT.png] [--size WxH]

Open Kepler, K2 or TESS files (pixel files or light curves), a folder of them, or a
saved session. Without files, the demo star opens.

  --screenshot OUT.png  lay out the window, run the default pipeline on the files (or
                        the demo star), wait for the results, save a PNG and exit
                        (exit status below)
  --size WxH            window size (default: fit the screen)
  --dark                dark colours (Fusion style), to check how a dark theme looks
  --version             print the version and exit
  --timeout SECONDS     screenshot mode gives up after this (default 180)
  --workshop-step N     open the workshop tutorial at step N, with the settings of the
                        steps before it applied (e.g. for screenshots of a step)

Exit status of the screenshot mode: 0 done; 1 done, but some input failed (each
named on stderr); 2 bad usage; 3 nothing could be analysed (the input&apos;s problem is
printed: missing, unreadable or too short file, folder without FITS files);
4 timed out; 5 the PNG could not be written.
</source>
        <translation>usage : exoworld [FICHIER|DOSSIER|SESSION...] [--screenshot SORTIE.png] [--size LxH]

Ouvre des fichiers Kepler, K2 ou TESS (fichiers de pixels ou courbes de lumière), un
dossier de tels fichiers ou une session enregistrée. Sans fichier, l’étoile de
démonstration s’ouvre.

  --screenshot SORTIE.png  dispose la fenêtre, exécute le pipeline par défaut sur les
                           fichiers (ou l’étoile de démonstration), attend les
                           résultats, enregistre un PNG et quitte (code de sortie
                           ci-dessous)
  --size LxH               taille de la fenêtre (par défaut : adaptée à l’écran)
  --dark                   couleurs sombres (style Fusion), pour voir le rendu d’un
                           thème sombre
  --version                affiche la version et quitte
  --timeout SECONDES       le mode capture abandonne après ce délai (180 par défaut)
  --workshop-step N        ouvre le tutoriel de l’atelier à l’étape N, avec les réglages
                           des étapes précédentes appliqués (p. ex. pour une capture)

Code de sortie du mode capture : 0 terminé ; 1 terminé, mais une entrée a échoué
(chacune est nommée sur stderr) ; 2 mauvaise utilisation ; 3 rien n’a pu être analysé
(le problème de l’entrée est affiché : fichier manquant, illisible ou trop court,
dossier sans fichier FITS) ; 4 délai dépassé ; 5 le PNG n’a pas pu être écrit.
</translation>
    </message>
    <message>
        <source>--workshop-step expects a step number, got %1</source>
        <translation>--workshop-step attend un numéro d’étape, reçu %1</translation>
    </message>
</context>
<context>
    <name>exo::app::AnalysisController</name>
    <message>
        <source>Reading files</source>
        <translation>Lecture des fichiers</translation>
    </message>
    <message>
        <source>Measuring the aperture flux</source>
        <translation>Mesure du flux dans l’ouverture</translation>
    </message>
    <message>
        <source>Cleaning and detrending</source>
        <translation>Nettoyage et correction de tendance</translation>
    </message>
    <message>
        <source>Searching for transits</source>
        <translation>Recherche de transits</translation>
    </message>
    <message>
        <source>Vetting candidates</source>
        <translation>Vérification des candidats</translation>
    </message>
    <message>
        <source>Generating the demo star</source>
        <translation>Création de l’étoile de démonstration</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Calcul en cours</translation>
    </message>
    <message>
        <source>The file&apos;s aperture does not match its pixels and was ignored.</source>
        <translation>L’ouverture du fichier ne correspond pas à ses pixels et a été ignorée.</translation>
    </message>
    <message>
        <source>The aperture holds no pixel: choose at least one.</source>
        <translation>L’ouverture ne contient aucun pixel : choisissez-en au moins un.</translation>
    </message>
    <message>
        <source>No pixel lies outside the aperture: the background was not subtracted.</source>
        <translation>Aucun pixel n’est hors de l’ouverture : le fond de ciel n’a pas été soustrait.</translation>
    </message>
    <message>
        <source>The median flux is not positive: normalisation is unreliable.</source>
        <translation>Le flux médian n’est pas positif : la normalisation n’est pas fiable.</translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s) clipped.</source>
        <translation>
            <numerusform>%n point aberrant écrêté.</numerusform>
            <numerusform>%n points aberrants écrêtés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cadence(s) in segments too short to detrend were left out.</source>
        <translation>
            <numerusform>%n pose d’un segment trop court pour corriger la tendance a été écartée.</numerusform>
            <numerusform>%n poses de segments trop courts pour corriger la tendance ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every segment is shorter than the minimum; all were kept.</source>
        <translation>Tous les segments sont plus courts que le minimum ; tous ont été gardés.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) are shorter than the detrending window.</source>
        <translation>
            <numerusform>%n segment est plus court que la fenêtre de correction de tendance.</numerusform>
            <numerusform>%n segments sont plus courts que la fenêtre de correction de tendance.</numerusform>
        </translation>
    </message>
    <message>
        <source>A segment has no usable cadence: its trend is undefined (%1).</source>
        <translation>Un segment n’a aucune pose utilisable : sa tendance est indéfinie (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) cover the same stretch of time as the analysed ones and were not analysed: %1</source>
        <translation>
            <numerusform>%n produit couvre la même période que ceux analysés et n’a pas été analysé : %1</numerusform>
            <numerusform>%n produits couvrent la même période que ceux analysés et n’ont pas été analysés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A file was left out: %1</source>
        <translation>Un fichier a été écarté : %1</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>le chargement a été annulé</translation>
    </message>
    <message>
        <source>The aperture&apos;s flux is near zero against its scatter (an almost empty aperture?): the star was not searched. Choose another aperture or flux column.</source>
        <translation>Le flux de l’ouverture est presque nul au regard de sa dispersion (ouverture presque vide ?) : l’étoile n’a pas été analysée. Choisissez une autre ouverture ou une autre colonne de flux.</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) deeper than 100 % of the flux were refused as candidates.</source>
        <translation>
            <numerusform>%n signal plus profond que 100 % du flux a été refusé comme candidat.</numerusform>
            <numerusform>%n signaux plus profonds que 100 % du flux ont été refusés comme candidats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exo::app::CandidateExportDialog</name>
    <message>
        <source>Export Candidates</source>
        <translation>Exporter les candidats</translation>
    </message>
    <message>
        <source>This star</source>
        <translation>Cette étoile</translation>
    </message>
    <message>
        <source>Every star in the store</source>
        <translation>Toutes les étoiles de la base</translation>
    </message>
    <message>
        <source>Candidates of:</source>
        <translation>Candidats de :</translation>
    </message>
    <message>
        <source>Flagged candidates only</source>
        <translation>Candidats marqués seulement</translation>
    </message>
    <message>
        <source>CSV (KOI-like columns)</source>
        <translation>CSV (colonnes de type KOI)</translation>
    </message>
    <message>
        <source>JSON (full provenance, for a reviewer)</source>
        <translation>JSON (provenance complète, pour un relecteur)</translation>
    </message>
    <message>
        <source>ExoFOP-TESS CTOI upload file (TESS targets)</source>
        <translation>Fichier de dépôt CTOI pour ExoFOP-TESS (cibles TESS)</translation>
    </message>
    <message>
        <source>PDF report (one vetting sheet per candidate)</source>
        <translation>Rapport PDF (une fiche de vérification par candidat)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>The PDF report recomputes each candidate&apos;s light curves from its files.</source>
        <translation>Le rapport PDF recalcule les courbes de lumière de chaque candidat à partir de ses fichiers.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>ExoFOP upload files (*.txt)</source>
        <translation>Fichiers de dépôt ExoFOP (*.txt)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>exo::app::ErrorListDialog</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <source>Copy every problem as text, one per line (to paste into a report)</source>
        <translation>Copier tous les problèmes en texte, un par ligne (pour les coller dans un rapport)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) since the list was last cleared. Hover a file name for its full path.</source>
        <translation>
            <numerusform>%n problème depuis que la liste a été vidée. Survolez un nom de fichier pour voir son chemin complet.</numerusform>
            <numerusform>%n problèmes depuis que la liste a été vidée. Survolez un nom de fichier pour voir son chemin complet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exo::app::ExportPlotDialog</name>
    <message>
        <source>Export Plot</source>
        <translation>Exporter un graphique</translation>
    </message>
    <message>
        <source>Which plot do you want to save?</source>
        <translation>Quel graphique voulez-vous enregistrer ?</translation>
    </message>
    <message>
        <source>All of them, as one figure</source>
        <translation>Tous, en une seule figure</translation>
    </message>
    <message>
        <source>&lt;small&gt;The next step asks for a file name; choose PNG, PDF or SVG there.&lt;/small&gt;</source>
        <translation>&lt;small&gt;L’étape suivante demande un nom de fichier ; choisissez-y PNG, PDF ou SVG.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>exo::app::FindStarDialog</name>
    <message>
        <source>Find Star Online</source>
        <translation>Trouver une étoile en ligne</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 of %3)…</source>
        <translation>Téléchargement de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Kepler-11, TOI-700, WASP-126, KIC 9002278, TIC 25155310, or RA Dec in degrees</source>
        <translation>Kepler-11, TOI-700, WASP-126, KIC 9002278, TIC 25155310, ou AD Déc en degrés</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Star:</source>
        <translation>Étoile :</translation>
    </message>
    <message>
        <source>Mission:</source>
        <translation>Mission :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Kepler</source>
        <translation>Kepler</translation>
    </message>
    <message>
        <source>K2</source>
        <translation>K2</translation>
    </message>
    <message>
        <source>TESS</source>
        <translation>TESS</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit :</translation>
    </message>
    <message>
        <source>Light curve</source>
        <translation>Courbe de lumière</translation>
    </message>
    <message>
        <source>Pixel file</source>
        <translation>Fichier de pixels</translation>
    </message>
    <message>
        <source>FFI cut-out</source>
        <translation>Découpe FFI</translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation>Cadence :</translation>
    </message>
    <message>
        <source>Long (30 min)</source>
        <translation>Longue (30 min)</translation>
    </message>
    <message>
        <source>Short (1 min)</source>
        <translation>Courte (1 min)</translation>
    </message>
    <message>
        <source>120 s</source>
        <translation>120 s</translation>
    </message>
    <message>
        <source>20 s</source>
        <translation>20 s</translation>
    </message>
    <message>
        <source>FFI</source>
        <translation>FFI</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Cut-out size:</source>
        <translation>Taille de découpe :</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Side of a TESS full-frame-image cut-out (TESScut); applies to the next search</source>
        <translation>Côté d’une découpe d’image plein champ TESS (TESScut) ; s’applique à la prochaine recherche</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>This file:</source>
        <translation>Ce fichier :</translation>
    </message>
    <message>
        <source>All files:</source>
        <translation>Tous les fichiers :</translation>
    </message>
    <message>
        <source>&amp;Download and Open</source>
        <translation>&amp;Télécharger et ouvrir</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>&amp;Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Already downloaded (open without network)</source>
        <translation>Déjà téléchargés (ouverture sans réseau)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Type a star name, a KIC/EPIC/TIC number or coordinates.</source>
        <translation>Saisissez un nom d’étoile, un numéro KIC/EPIC/TIC ou des coordonnées.</translation>
    </message>
    <message>
        <source>Searching MAST for %1…</source>
        <translation>Recherche de %1 dans MAST…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n product(s)</source>
        <translation>
            <numerusform>%1 : %n produit</numerusform>
            <numerusform>%1 : %n produits</numerusform>
        </translation>
    </message>
    <message>
        <source> (from the cache)</source>
        <translation> (depuis le cache)</translation>
    </message>
    <message>
        <source>FFI cut-out %1×%1</source>
        <translation>Découpe FFI %1×%1</translation>
    </message>
    <message>
        <source>long (30 min)</source>
        <translation>longue (30 min)</translation>
    </message>
    <message>
        <source>short (1 min)</source>
        <translation>courte (1 min)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Select the products to download first.</source>
        <translation>Sélectionnez d’abord les produits à télécharger.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) ready.</source>
        <translation>
            <numerusform>%n fichier prêt.</numerusform>
            <numerusform>%n fichiers prêts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed: %1</source>
        <translation>
            <numerusform>Échec de %n fichier : %1</numerusform>
            <numerusform>Échec de %n fichiers : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Download cancelled; a partial file is kept and resumes next time.</source>
        <translation>Téléchargement annulé ; le fichier partiel est conservé et reprendra la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>exo::app::MainWindow</name>
    <message>
        <source>Open a star: File &gt; Open, or drop Kepler/K2/TESS files here.</source>
        <translation>Ouvrez une étoile : Fichier &gt; Ouvrir, ou déposez ici des fichiers Kepler/K2/TESS.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Normalised flux</source>
        <translation>Flux normalisé</translation>
    </message>
    <message>
        <source>The star&apos;s brightness through the aperture, with the fitted trend.
Wheel: zoom. Drag: pan. Shift+drag: box zoom. Double-click: reset. Click a point to see its pixels. To hide a time range from the analysis, switch on the Mask time range tool (toolbar or Ctrl+M) and drag across it.</source>
        <translation>La luminosité de l’étoile dans l’ouverture, avec la tendance ajustée.
Molette : zoom. Glisser : déplacer. Maj+glisser : zoom sur un rectangle. Double-clic : réinitialiser. Cliquez sur un point pour voir ses pixels. Pour exclure un intervalle de temps de l’analyse, activez l’outil Masquer un intervalle de temps (barre d’outils ou Ctrl+M) et faites-le glisser dessus.</translation>
    </message>
    <message>
        <source>Flattened flux</source>
        <translation>Flux aplani</translation>
    </message>
    <message>
        <source>The light curve divided by its trend: transits show up as short dips.</source>
        <translation>La courbe de lumière divisée par sa tendance : les transits apparaissent comme de brefs creux.</translation>
    </message>
    <message>
        <source>Transit search (BLS) power against trial period. Click a peak to fold on it.</source>
        <translation>Puissance de la recherche de transits (BLS) en fonction de la période d’essai. Cliquez sur un pic pour replier la courbe sur cette période.</translation>
    </message>
    <message>
        <source>The flattened light curve folded on the period: every transit stacked on top of each other. Odd and even transits are drawn in different colours.</source>
        <translation>La courbe aplanie repliée sur la période : tous les transits superposés. Les transits pairs et impairs sont tracés de couleurs différentes.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the computation that is running (Esc)</source>
        <translation>Arrêter le calcul en cours (Échap)</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Open Kepler, K2 or TESS pixel files or light curves (.fits, .fits.gz)</source>
        <translation>Ouvrir des fichiers de pixels ou des courbes de lumière Kepler, K2 ou TESS (.fits, .fits.gz)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>Ouvrir une &amp;session…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>&amp;Enregistrer la session</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Enregistrer la session &amp;sous…</translation>
    </message>
    <message>
        <source>Export &amp;Plot…</source>
        <translation>Exporter un &amp;graphique…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Light Curve…</source>
        <translation>Exporter la &amp;courbe de lumière…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Mask Time Range</source>
        <translation>&amp;Masquer un intervalle de temps</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Clear &amp;Masked Ranges</source>
        <translation>Effacer les intervalles m&amp;asqués</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Flagged Cadences</source>
        <translation>Afficher les poses &amp;signalées</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Show cadences that the mission&apos;s quality flags mark as suspect</source>
        <translation>Afficher les poses que les indicateurs de qualité de la mission marquent comme suspectes</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;Problèmes…</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Run &amp;Search</source>
        <translation>Lancer la &amp;recherche</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Next Quarter/Sector</source>
        <translation>Trimestre/secteur &amp;suivant</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>&amp;Previous Quarter/Sector</source>
        <translation>Trimestre/secteur &amp;précédent</translation>
    </message>
    <message>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quick Start</source>
        <translation>&amp;Démarrage rapide</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>Démarrage rapide</translation>
    </message>
    <message>
        <source>&lt;b&gt;Find a planet in four steps&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Open a star (File &amp;gt; Open). Its pixels appear on the left, its light curve on the right.&lt;/li&gt;&lt;li&gt;Click pixels to add or remove them from the aperture; the light curve follows.&lt;/li&gt;&lt;li&gt;The transit search runs by itself. Click the highest peak of the periodogram.&lt;/li&gt;&lt;li&gt;The folded view shows the transit. Flag convincing candidates in the list.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Trouver une planète en quatre étapes&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Ouvrez une étoile (Fichier &amp;gt; Ouvrir). Ses pixels apparaissent à gauche, sa courbe de lumière à droite.&lt;/li&gt;&lt;li&gt;Cliquez sur des pixels pour les ajouter à l’ouverture ou les en retirer ; la courbe de lumière suit.&lt;/li&gt;&lt;li&gt;La recherche de transits se lance toute seule. Cliquez sur le pic le plus haut du périodogramme.&lt;/li&gt;&lt;li&gt;La vue repliée montre le transit. Marquez les candidats convaincants dans la liste.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&amp;About ExoWorld Explorer</source>
        <translation>À &amp;propos d’ExoWorld Explorer</translation>
    </message>
    <message>
        <source>About ExoWorld Explorer</source>
        <translation>À propos d’ExoWorld Explorer</translation>
    </message>
    <message>
        <source>&lt;b&gt;ExoWorld Explorer %1&lt;/b&gt;&lt;p&gt;Hunt transiting exoplanets in Kepler, K2 and TESS data.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ExoWorld Explorer %1&lt;/b&gt;&lt;p&gt;Chassez les exoplanètes en transit dans les données Kepler, K2 et TESS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not generate the demo star in %1</source>
        <translation>Impossible de créer l’étoile de démonstration dans %1</translation>
    </message>
    <message>
        <source>No FITS files in this folder</source>
        <translation>Aucun fichier FITS dans ce dossier</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>C%1</source>
        <translation>C%1</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Generating the demo star…</source>
        <translation>Création de l’étoile de démonstration…</translation>
    </message>
    <message>
        <source>ExoWorld Explorer</source>
        <translation>ExoWorld Explorer</translation>
    </message>
    <message>
        <source>Open Kepler, K2 or TESS files</source>
        <translation>Ouvrir des fichiers Kepler, K2 ou TESS</translation>
    </message>
    <message>
        <source>FITS files (*.fits *.fits.gz *.fit);;Warp 10 GTS (*.gts);;Sessions (*.exoworld);;All files (*)</source>
        <translation>Fichiers FITS (*.fits *.fits.gz *.fit);;Warp 10 GTS (*.gts);;Sessions (*.exoworld);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a folder of FITS files</source>
        <translation>Ouvrir un dossier de fichiers FITS</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>ExoWorld sessions (*.exoworld)</source>
        <translation>Sessions ExoWorld (*.exoworld)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>ExoWorld sessions (*.exoworld *.exoworld.json)</source>
        <translation>Sessions ExoWorld (*.exoworld *.exoworld.json)</translation>
    </message>
    <message>
        <source>Unsaved analysis</source>
        <translation>Analyse non enregistrée</translation>
    </message>
    <message>
        <source>Save the session before closing?</source>
        <translation>Enregistrer la session avant de fermer ?</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Open Kepler, K2 or TESS files (Ctrl+O)</source>
        <translation>Ouvrir des fichiers Kepler, K2 ou TESS (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open every FITS file of a folder (Ctrl+Shift+O)</source>
        <translation>Ouvrir tous les fichiers FITS d’un dossier (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>Save the session: files, apertures, settings and your flags (Ctrl+S)</source>
        <translation>Enregistrer la session : fichiers, ouvertures, réglages et vos marques (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo the last change of aperture, settings or masked ranges (Ctrl+Z)</source>
        <translation>Annuler la dernière modification d’ouverture, de réglages ou d’intervalles masqués (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Rétablir (Ctrl+Maj+Z ou Ctrl+Y)</translation>
    </message>
    <message>
        <source>Run the transit search now (Ctrl+R)</source>
        <translation>Lancer la recherche de transits maintenant (Ctrl+R)</translation>
    </message>
    <message>
        <source>Save a plot, or all of them as one figure, as PNG, PDF or SVG (Ctrl+E)</source>
        <translation>Enregistrer un graphique, ou tous en une seule figure, en PNG, PDF ou SVG (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show the whole light curve again (Ctrl+0)</source>
        <translation>Réafficher toute la courbe de lumière (Ctrl+0)</translation>
    </message>
    <message>
        <source>Mask time range: while this is on, drag across a light curve to leave that stretch out of the analysis (undoable)</source>
        <translation>Masquer un intervalle de temps : tant que l’outil est actif, faites glisser sur une courbe de lumière pour exclure cet intervalle de l’analyse (annulable)</translation>
    </message>
    <message>
        <source>Show every file that could not be opened and why</source>
        <translation>Afficher chaque fichier qui n’a pas pu être ouvert, et pourquoi</translation>
    </message>
    <message>
        <source>Mask time range: drag across a light curve to hide that stretch from the analysis. Click the tool again to pan and zoom.</source>
        <translation>Masquer un intervalle de temps : faites glisser sur une courbe de lumière pour exclure cet intervalle de l’analyse. Cliquez à nouveau sur l’outil pour déplacer et zoomer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>P = %1 d · T0 = %2 %3</source>
        <translation>P = %1 j · T0 = %2 %3</translation>
    </message>
    <message>
        <source> · depth %1 ppm</source>
        <translation> · profondeur %1 ppm</translation>
    </message>
    <message>
        <source>Opening the files…</source>
        <translation>Ouverture des fichiers…</translation>
    </message>
    <message>
        <source>Nothing could be opened. The list of problems says why (View &gt; Problems).</source>
        <translation>Rien n’a pu être ouvert. La liste des problèmes explique pourquoi (Affichage &gt; Problèmes).</translation>
    </message>
    <message>
        <source>Open a star to see its light curve: File &gt; Open, the toolbar, or drop Kepler, K2 or TESS files on the Stars list.</source>
        <translation>Ouvrez une étoile pour voir sa courbe de lumière : Fichier &gt; Ouvrir, la barre d’outils, ou déposez des fichiers Kepler, K2 ou TESS sur la liste des étoiles.</translation>
    </message>
    <message>
        <source>Preparing the light curve…</source>
        <translation>Préparation de la courbe de lumière…</translation>
    </message>
    <message>
        <source>The flattened light curve, with the star&apos;s slow changes removed, appears here.</source>
        <translation>La courbe de lumière aplanie, sans les variations lentes de l’étoile, apparaît ici.</translation>
    </message>
    <message>
        <source>The transit search runs once a light curve is ready; its periodogram appears here.</source>
        <translation>La recherche de transits démarre dès qu’une courbe de lumière est prête ; son périodogramme apparaît ici.</translation>
    </message>
    <message>
        <source>Click a periodogram peak or a candidate to fold the light curve on its period.</source>
        <translation>Cliquez sur un pic du périodogramme ou sur un candidat pour replier la courbe de lumière sur sa période.</translation>
    </message>
    <message>
        <source>Light curve (raw, with trend)</source>
        <translation>Courbe de lumière (brute, avec tendance)</translation>
    </message>
    <message>
        <source>Flattened light curve</source>
        <translation>Courbe de lumière aplanie</translation>
    </message>
    <message>
        <source>Periodogram</source>
        <translation>Périodogramme</translation>
    </message>
    <message>
        <source>Folded transit</source>
        <translation>Transit replié</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exporter un graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>ExoWorld Explorer will use the new language the next time it starts.</source>
        <translation>ExoWorld Explorer utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Pixel column %1, row %2: %3 e-/s, aperture bits %4</source>
        <translation>Pixel colonne %1, ligne %2 : %3 e-/s, bits d’ouverture %4</translation>
    </message>
    <message>
        <source>Time (%1 = BJD − %2)</source>
        <translation>Temps (%1 = BJD − %2)</translation>
    </message>
    <message>
        <source>%1 cadences: %2 flagged by quality, %3 clipped, %4 masked by you</source>
        <translation>%1 poses : %2 signalées par la qualité, %3 écrêtées, %4 masquées par vous</translation>
    </message>
    <message>
        <source>BLS power</source>
        <translation>Puissance BLS</translation>
    </message>
    <message>
        <source>SDE</source>
        <translation>SDE</translation>
    </message>
    <message>
        <source>Search done: %1 trial periods in %2 s, %3 candidate(s)</source>
        <translation>Recherche terminée : %1 périodes d’essai en %2 s, %3 candidat(s)</translation>
    </message>
    <message>
        <source>Export light curve</source>
        <translation>Exporter la courbe de lumière</translation>
    </message>
    <message>
        <source>Open a star first.</source>
        <translation>Ouvrez d’abord une étoile.</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;FITS light curve (*.fits)</source>
        <translation>Tableau CSV (*.csv);;Courbe de lumière FITS (*.fits)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>%1could not prepare the light curve: %2</source>
        <translation>%1impossible de préparer la courbe de lumière : %2</translation>
    </message>
    <message>
        <source>%1the transit search failed: %2</source>
        <translation>%1la recherche de transits a échoué : %2</translation>
    </message>
    <message>
        <source>Candidate store: %1</source>
        <translation>Base de candidats : %1</translation>
    </message>
    <message>
        <source>Export &amp;Candidates…</source>
        <translation>Exporter les ca&amp;ndidats…</translation>
    </message>
    <message>
        <source>&amp;Import Candidates…</source>
        <translation>&amp;Importer des candidats…</translation>
    </message>
    <message>
        <source>The candidate store cannot be opened: %1</source>
        <translation>La base de candidats ne peut pas être ouverte : %1</translation>
    </message>
    <message>
        <source>No candidate to export (nothing saved yet, or none flagged).</source>
        <translation>Aucun candidat à exporter (rien n’est encore enregistré, ou aucun n’est marqué).</translation>
    </message>
    <message>
        <source>Export Candidates</source>
        <translation>Exporter les candidats</translation>
    </message>
    <message>
        <source>None of these candidates is a TESS target with an epoch in BJD.</source>
        <translation>Aucun de ces candidats n’est une cible TESS avec une époque en BJD.</translation>
    </message>
    <message>
        <source>Cannot export the candidates to %1: %2</source>
        <translation>Impossible d’exporter les candidats vers %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n candidate(s) to %1</source>
        <translation>
            <numerusform>%n candidat exporté vers %1</numerusform>
            <numerusform>%n candidats exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Candidates (attendees&apos; JSON exports)</source>
        <translation>Importer des candidats (exports JSON des participants)</translation>
    </message>
    <message>
        <source>JSON exports (*.json)</source>
        <translation>Exports JSON (*.json)</translation>
    </message>
    <message>
        <source>No candidate export could be read:
%1</source>
        <translation>Aucun export de candidats n’a pu être lu :
%1</translation>
    </message>
    <message numerus="yes">
        <source>timed out after %n second(s) waiting for the pipeline (--timeout)</source>
        <translation>
            <numerusform>délai dépassé après %n seconde d’attente du pipeline (--timeout)</numerusform>
            <numerusform>délai dépassé après %n secondes d’attente du pipeline (--timeout)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not write the screenshot</source>
        <translation>%1 : impossible d’écrire la capture d’écran</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>All stars</source>
        <translation>Toutes les étoiles</translation>
    </message>
    <message numerus="yes">
        <source>Search All Stars cancelled after %n star(s).</source>
        <translation>
            <numerusform>Recherche dans toutes les étoiles annulée après %n étoile.</numerusform>
            <numerusform>Recherche dans toutes les étoiles annulée après %n étoiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched %n star(s) in %1 s.</source>
        <translation>
            <numerusform>%n étoile cherchée en %1 s.</numerusform>
            <numerusform>%n étoiles cherchées en %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search &amp;All Stars</source>
        <translation>Chercher dans &amp;toutes les étoiles</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Run the pipeline on every star of the list, in the background</source>
        <translation>Lancer l’analyse sur chaque étoile de la liste, en arrière-plan</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <source>A guided tutorial: from a star&apos;s raw flux to an exported planet candidate</source>
        <translation>Un tutoriel guidé : du flux brut d’une étoile à un candidat planète exporté</translation>
    </message>
    <message>
        <source>Open stars first (File &gt; Open Folder).</source>
        <translation>Ouvrez d’abord des étoiles (Fichier &gt; Ouvrir un dossier).</translation>
    </message>
    <message>
        <source>No candidate to export.</source>
        <translation>Aucun candidat à exporter.</translation>
    </message>
</context>
<context>
    <name>exo::app::MainWindowArchive</name>
    <message>
        <source>Find Star &amp;Online…</source>
        <translation>Trouver une étoile en &amp;ligne…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Search MAST for a star by name and download its Kepler, K2 or TESS data</source>
        <translation>Chercher une étoile par son nom dans MAST et télécharger ses données Kepler, K2 ou TESS</translation>
    </message>
    <message>
        <source>Mark as Known Planet (%1)</source>
        <translation>Classer comme planète connue (%1)</translation>
    </message>
    <message>
        <source>Candidate %1 marked as the known planet %2</source>
        <translation>Candidat %1 classé comme la planète connue %2</translation>
    </message>
    <message>
        <source>Known planets of %1 unavailable: %2</source>
        <translation>Planètes connues de %1 indisponibles : %2</translation>
    </message>
    <message>
        <source>%1 (known planet)</source>
        <translation>%1 (planète connue)</translation>
    </message>
</context>
<context>
    <name>exo::app::ResultsBrowser</name>
    <message>
        <source>Batch Results</source>
        <translation>Résultats du lot</translation>
    </message>
    <message>
        <source>Filter stars (name, status or flag)…</source>
        <translation>Filtrer les étoiles (nom, état ou alerte)…</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Best period (d)</source>
        <translation>Meilleure période (j)</translation>
    </message>
    <message>
        <source>SNR</source>
        <translation>RSB</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Double-click a star to open its files in the window.</source>
        <translation>Double-cliquez sur une étoile pour ouvrir ses fichiers dans la fenêtre.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Period (d)</source>
        <translation>Période (j)</translation>
    </message>
    <message>
        <source>T0 (BJD)</source>
        <translation>T0 (BJD)</translation>
    </message>
    <message>
        <source>Duration (h)</source>
        <translation>Durée (h)</translation>
    </message>
    <message>
        <source>Depth (ppm)</source>
        <translation>Profondeur (ppm)</translation>
    </message>
    <message>
        <source>SDE</source>
        <translation>SDE</translation>
    </message>
    <message>
        <source>Transits</source>
        <translation>Transits</translation>
    </message>
    <message>
        <source>Vetting flags</source>
        <translation>Alertes de vérification</translation>
    </message>
    <message>
        <source>Double-click a candidate to open its star in the window.</source>
        <translation>Double-cliquez sur un candidat pour ouvrir son étoile dans la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Open Star</source>
        <translation>&amp;Ouvrir l’étoile</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Cannot open the batch results %1: %2</source>
        <translation>Impossible d’ouvrir les résultats du lot %1 : %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n star(s), %2 with errors, %3 candidate(s).</source>
        <translation>
            <numerusform>%1 : %n étoile, %2 en erreur, %3 candidat(s).</numerusform>
            <numerusform>%1 : %n étoiles, %2 en erreur, %3 candidat(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>exo::app::ResultsBrowserLink</name>
    <message>
        <source>Open Batch &amp;Results…</source>
        <translation>Ouvrir des &amp;résultats de lot…</translation>
    </message>
    <message>
        <source>Browse the stars and candidates of an exoworld-cli batch run</source>
        <translation>Parcourir les étoiles et les candidats d’un lot exoworld-cli batch</translation>
    </message>
    <message>
        <source>Open Batch Results</source>
        <translation>Ouvrir des résultats de lot</translation>
    </message>
    <message>
        <source>Batch results (results.sqlite *.sqlite);;All files (*)</source>
        <translation>Résultats de lot (results.sqlite *.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>exo::app::ReviewDialog</name>
    <message>
        <source>Review of Imported Candidates</source>
        <translation>Revue des candidats importés</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Period (d)</source>
        <translation>Période (j)</translation>
    </message>
    <message>
        <source>T0 (BJD)</source>
        <translation>T0 (BJD)</translation>
    </message>
    <message>
        <source>Depth (ppm)</source>
        <translation>Profondeur (ppm)</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Their dispositions</source>
        <translation>Leurs statuts</translation>
    </message>
    <message>
        <source>Final disposition</source>
        <translation>Statut final</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note de revue</translation>
    </message>
    <message>
        <source>Export Merged Table…</source>
        <translation>Exporter la table fusionnée…</translation>
    </message>
    <message>
        <source>Not imported:
%1</source>
        <translation>Non importés :
%1</translation>
    </message>
    <message>
        <source>%1 candidate(s) from %2 attendee export(s), grouped into %3 signal(s). The same signal (same star, period equal within 0.1 % or at a small-integer ratio, consistent epochs) is one row.</source>
        <translation>%1 candidat(s) issu(s) de %2 export(s) de participants, regroupé(s) en %3 signal(aux). Un même signal (même étoile, période égale à 0,1 % près ou dans un petit rapport entier, époques cohérentes) occupe une ligne.</translation>
    </message>
    <message numerus="yes">
        <source>found by %n attendee(s)</source>
        <translation>
            <numerusform>trouvé par %n participant</numerusform>
            <numerusform>trouvé par %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export Merged Table</source>
        <translation>Exporter la table fusionnée</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>exo::app::SearchAllStars</name>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Best period (d)</source>
        <translation>Meilleure période (j)</translation>
    </message>
    <message>
        <source>SNR</source>
        <translation>RSB</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Run the search on every star of the list again, with the Pipeline panel&apos;s settings</source>
        <translation>Relancer la recherche sur chaque étoile de la liste, avec les réglages du panneau Pipeline</translation>
    </message>
    <message>
        <source>Click a column title to sort; click a row to open that star.</source>
        <translation>Cliquez sur le titre d’une colonne pour trier ; cliquez sur une ligne pour ouvrir l’étoile.</translation>
    </message>
    <message>
        <source>searched in %1 s</source>
        <translation>cherchée en %1 s</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>No search yet.</source>
        <translation>Pas encore de recherche.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Searching: %1 of %2 stars done (%3)…</source>
        <translation>Recherche : %1 étoiles sur %2 terminées (%3)…</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 stars (%3).</source>
        <translation>Annulée après %1 étoiles sur %2 (%3).</translation>
    </message>
    <message>
        <source>%1 stars searched in %2. Click a row to open the star.</source>
        <translation>%1 étoiles cherchées en %2. Cliquez sur une ligne pour ouvrir l’étoile.</translation>
    </message>
</context>
<context>
    <name>exo::app::VettingController</name>
    <message>
        <source>Each transit of the selected candidate on one flux scale, with the box of the fold: a signal made by one event, or deeper odd than even events, shows here.</source>
        <translation>Chaque transit du candidat sélectionné sur une même échelle de flux, avec le créneau du repliement : un signal dû à un seul événement, ou des événements impairs plus profonds que les pairs, se voit ici.</translation>
    </message>
    <message>
        <source>Select a candidate to vet it.</source>
        <translation>Sélectionnez un candidat pour le vérifier.</translation>
    </message>
    <message>
        <source>Vetting candidate %1…</source>
        <translation>Vérification du candidat %1…</translation>
    </message>
    <message>
        <source>Candidate %1 cannot be vetted: %2</source>
        <translation>Le candidat %1 ne peut pas être vérifié : %2</translation>
    </message>
    <message>
        <source>Candidate %1: P = %2 d, %3 h</source>
        <translation>Candidat %1 : P = %2 j, %3 h</translation>
    </message>
    <message>
        <source>star</source>
        <translation>étoile</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>catalogue</translation>
    </message>
</context>
<context>
    <name>exo::app::WorkshopController</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Creating the workshop folder in %1…</source>
        <translation>Création du dossier de l’atelier dans %1…</translation>
    </message>
    <message>
        <source>The workshop folder could not be created: %1</source>
        <translation>Le dossier de l’atelier n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Workshop folder: %1 (the answer key is in its instructor folder).</source>
        <translation>Dossier de l’atelier : %1 (le corrigé est dans son dossier instructor).</translation>
    </message>
</context>
<context>
    <name>exo::app::WorkshopPanel</name>
    <message>
        <source>Create and open the workshop folder</source>
        <translation>Créer et ouvrir le dossier de l’atelier</translation>
    </message>
    <message>
        <source>Generates 30 stars (Kepler and TESS light curves, a pixel file) and the instructor&apos;s answer key into a folder you choose, then opens it.</source>
        <translation>Génère 30 étoiles (courbes de lumière Kepler et TESS, un fichier de pixels) et le corrigé de l’animateur dans le dossier de l’atelier, puis l’ouvre.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>All done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>✓ Done — click Next.</source>
        <translation>✓ Fait — cliquez sur Suivant.</translation>
    </message>
    <message>
        <source>Waiting for you to do it… (the highlighted control)</source>
        <translation>À vous de jouer… (le contrôle entouré)</translation>
    </message>
</context>
<context>
    <name>exo::app::WorkshopSteps</name>
    <message>
        <source>Welcome to the workshop</source>
        <translation>Bienvenue dans l’atelier</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the HelloExoWorld workshop we found the planets of Kepler-11 step by step: raw flux, split, bin, trend, subtract, threshold, then the same on every star. Here you replay it on generated stars, offline, and then go further: the real transit search, the fold, vetting, flagging and export.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; click &lt;i&gt;Create and open the workshop folder&lt;/i&gt; below (30 stars, a few seconds), or open a workshop folder you already have with File &amp;gt; Open Folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans l’atelier HelloExoWorld, nous avons trouvé les planètes de Kepler-11 pas à pas : flux brut, découpage, regroupement, tendance, soustraction, seuil, puis la même chose sur chaque étoile. Ici, vous le rejouez sur des étoiles générées, hors ligne, puis vous allez plus loin : la vraie recherche de transits, le repliement, la vérification, le marquage et l’export.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À faire :&lt;/b&gt; cliquez sur &lt;i&gt;Créer et ouvrir le dossier de l’atelier&lt;/i&gt; ci-dessous (30 étoiles, quelques secondes), ou ouvrez un dossier d’atelier que vous avez déjà avec Fichier &amp;gt; Ouvrir un dossier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the first star</source>
        <translation>Ouvrir la première étoile</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; every analysis starts with one star. Star 01 is a Kepler-11 analogue: a Sun-like star with six transiting planets, observed for four Kepler quarters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; in the &lt;i&gt;Stars&lt;/i&gt; list, click &lt;b&gt;%1&lt;/b&gt;. Its light curve appears on the right. The workshop starts from the raw light curve: it switches splitting, binning and detrending off (you can undo that with Ctrl+Z).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; toute analyse commence par une étoile. L’étoile 01 est un analogue de Kepler-11 : une étoile semblable au Soleil avec six planètes en transit, observée pendant quatre trimestres Kepler.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À faire :&lt;/b&gt; dans la liste &lt;i&gt;Étoiles&lt;/i&gt;, cliquez sur &lt;b&gt;%1&lt;/b&gt;. Sa courbe de lumière apparaît à droite. L’atelier part de la courbe de lumière brute : il désactive le découpage, le regroupement et la suppression de tendance (Ctrl+Z l’annule).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Look at its SAP flux</source>
        <translation>Regarder son flux SAP</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; SAP is the plain sum of the pixels around the star. It still carries the instrument&apos;s trends: slow drifts, and ramps after each gap while the telescope warms up. PDCSAP has most of them removed by the mission&apos;s pipeline; the workshop started from SAP to see what a trend is.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; in the &lt;i&gt;Pipeline&lt;/i&gt; panel, set &lt;b&gt;Flux&lt;/b&gt; to &lt;b&gt;SAP&lt;/b&gt;. Look at the top plot: the drifts and the jumps at the gaps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; SAP est la simple somme des pixels autour de l’étoile. Il porte encore les tendances de l’instrument : dérives lentes, et rampes après chaque trou pendant que le télescope se réchauffe. Le pipeline de la mission en a retiré la plupart dans PDCSAP ; l’atelier partait de SAP pour voir ce qu’est une tendance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À faire :&lt;/b&gt; dans le panneau &lt;i&gt;Pipeline&lt;/i&gt;, mettez &lt;b&gt;Flux&lt;/b&gt; sur &lt;b&gt;SAP&lt;/b&gt;. Regardez le graphique du haut : les dérives et les sauts aux trous.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Split at the gaps</source>
        <translation>Couper aux trous</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; the telescope stops observing now and then (data downlinks, safe modes). A trend fitted across a gap mixes two different stretches, so the light curve is cut where nothing was measured for more than 6 hours, and pieces too short to tell a trend from a transit (fewer than 100 points) are dropped.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; under &lt;i&gt;Split, bin, dips&lt;/i&gt;, set &lt;b&gt;Split at gaps&lt;/b&gt; to &lt;b&gt;6 h&lt;/b&gt; and &lt;b&gt;Shortest piece&lt;/b&gt; to &lt;b&gt;100 points&lt;/b&gt;. A short piece near the end of each quarter disappears.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; le télescope cesse parfois d’observer (transmissions de données, modes de sécurité). Une tendance ajustée à travers un trou mélange deux portions différentes : la courbe est donc coupée là où rien n’a été mesuré pendant plus de 6 heures, et les morceaux trop courts pour distinguer une tendance d’un transit (moins de 100 points) sont écartés.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À faire :&lt;/b&gt; dans &lt;i&gt;Couper, regrouper, creux&lt;/i&gt;, mettez &lt;b&gt;Couper aux trous&lt;/b&gt; à &lt;b&gt;6 h&lt;/b&gt; et &lt;b&gt;Morceau min.&lt;/b&gt; à &lt;b&gt;100 points&lt;/b&gt;. Un court morceau près de la fin de chaque trimestre disparaît.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bin it</source>
        <translation>Regrouper</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; averaging neighbouring points into time bins gives fewer, less noisy points. Bins must stay well shorter than a transit (a few hours), or the dip is smeared out.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; set &lt;b&gt;Bin&lt;/b&gt; to &lt;b&gt;60 min&lt;/b&gt;. Each point of the plots is now the mean of two Kepler cadences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; moyenner les points voisins par intervalles de temps donne moins de points, moins bruités. Les intervalles doivent rester bien plus courts qu’un transit (quelques heures), sinon le creux est étalé.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À faire :&lt;/b&gt; mettez &lt;b&gt;Regrouper&lt;/b&gt; à &lt;b&gt;60 min&lt;/b&gt;. Chaque point des graphiques est maintenant la moyenne de deux poses Kepler.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Compute a moving-average trend</source>
        <translation>Calculer une tendance par moyenne glissante</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; the star and the instrument change slowly; a transit is a short dip. The mean of the neighbouring points follows the slow changes and hardly sees a short dip. The workshop used 5 points on either side.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; set &lt;b&gt;Detrend&lt;/b&gt; to &lt;b&gt;Moving average (N points)&lt;/b&gt; and &lt;b&gt;Window&lt;/b&gt; to &lt;b&gt;5 points either side&lt;/b&gt;. The trend is the line drawn over the top plot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; l’étoile et l’instrument changent lentement ; un transit est un creux bref. La moyenne des points voisins suit les changements lents et voit à peine un creux bref. L’atelier prenait 5 points de chaque côté.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À faire :&lt;/b&gt; mettez &lt;b&gt;Tendance&lt;/b&gt; sur &lt;b&gt;Moyenne glissante (N points)&lt;/b&gt; et &lt;b&gt;Fenêtre&lt;/b&gt; à &lt;b&gt;5 points de chaque côté&lt;/b&gt;. La tendance est la ligne tracée sur le graphique du haut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Subtract it</source>
        <translation>La soustraire</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; once the trend is removed, what is left is flat except for the transits. The workshop subtracted the trend; we divide by it (flux / trend), which is the same for a normalised light curve and keeps depths as fractions of the star&apos;s light.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Look:&lt;/b&gt; the second plot, &lt;i&gt;Flattened flux&lt;/i&gt;, is the light curve divided by its trend. Zoom in (mouse wheel) on a dip. Note that the moving average is pulled down by the dip itself: transits come out shallower than they are.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; une fois la tendance retirée, il reste une courbe plate, sauf aux transits. L’atelier soustrayait la tendance ; nous divisons par elle (flux / tendance), ce qui revient au même pour une courbe normalisée et garde les profondeurs en fraction de la lumière de l’étoile.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regardez :&lt;/b&gt; le deuxième graphique, &lt;i&gt;Flux aplani&lt;/i&gt;, est la courbe divisée par sa tendance. Zoomez (molette) sur un creux. Notez que la moyenne glissante est tirée vers le bas par le creux lui-même : les transits paraissent moins profonds qu’ils ne sont.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Threshold the dips</source>
        <translation>Seuiller les creux</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; the simplest detector: every point well below the scatter is suspicious. Neighbouring low points make one dip. It needs no period, so it also finds single transits and eclipses, but also noise: lower thresholds mark more false dips.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; set &lt;b&gt;Mark dips below&lt;/b&gt; to &lt;b&gt;3 σ&lt;/b&gt;. Triangles mark the dips on the flattened plot; try 4 or 5 σ and watch the noise marks go.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; le détecteur le plus simple : tout point bien en dessous de la dispersion est suspect. Les points bas voisins forment un creux. Il n’a pas besoin de période : il trouve aussi les transits uniques et les éclipses, mais aussi du bruit ; un seuil plus bas marque davantage de faux creux.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À faire :&lt;/b&gt; mettez &lt;b&gt;Creux sous&lt;/b&gt; à &lt;b&gt;3 σ&lt;/b&gt;. Des triangles marquent les creux sur le graphique aplani ; essayez 4 ou 5 σ et regardez disparaître les marques du bruit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loop over all stars</source>
        <translation>Boucler sur toutes les étoiles</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; the workshop then ran the same steps on every star. Here the whole pipeline runs on every star of the list in the background, with the Pipeline panel&apos;s settings.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; choose &lt;b&gt;Analysis &amp;gt; Search All Stars&lt;/b&gt;. The table fills star by star (best period, SNR, number of candidates, flags); click a column to sort it, click a row to open that star.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; l’atelier appliquait ensuite les mêmes étapes à chaque étoile. Ici, toute l’analyse tourne sur chaque étoile de la liste en arrière-plan, avec les réglages du panneau Pipeline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À faire :&lt;/b&gt; choisissez &lt;b&gt;Analyse &amp;gt; Chercher dans toutes les étoiles&lt;/b&gt;. Le tableau se remplit étoile par étoile (meilleure période, RSB, nombre de candidats, alertes) ; cliquez sur une colonne pour la trier, sur une ligne pour ouvrir l’étoile.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The real thing: the transit search</source>
        <translation>Pour de vrai : la recherche de transits</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; a threshold looks at one point at a time. The transit search (BLS) adds up every transit at each trial period, so a planet too shallow to see once stands out when its transits are stacked. It needs a trend that ignores the dips: the biweight.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; open star &lt;b&gt;%1&lt;/b&gt; again (click its row), set &lt;b&gt;Detrend&lt;/b&gt; to &lt;b&gt;Biweight (recommended)&lt;/b&gt; and &lt;b&gt;Bin&lt;/b&gt; to &lt;b&gt;Off&lt;/b&gt;. The search runs by itself; the candidates fill the list on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; un seuil regarde un point à la fois. La recherche de transits (BLS) additionne tous les transits à chaque période d’essai : une planète trop peu profonde pour être vue une fois ressort quand ses transits sont empilés. Elle a besoin d’une tendance qui ignore les creux : le biweight.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À faire :&lt;/b&gt; rouvrez l’étoile &lt;b&gt;%1&lt;/b&gt; (cliquez sur sa ligne), mettez &lt;b&gt;Tendance&lt;/b&gt; sur &lt;b&gt;Biweight (conseillé)&lt;/b&gt; et &lt;b&gt;Regrouper&lt;/b&gt; sur &lt;b&gt;Désactivé&lt;/b&gt;. La recherche se lance seule ; les candidats remplissent la liste à gauche.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fold on a period</source>
        <translation>Replier sur une période</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; the periodogram shows the search&apos;s power at each trial period; its peaks are candidate periods. Folding stacks every transit on one another: a real planet gives one clean, flat-bottomed dip.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; click the highest peak of the &lt;i&gt;periodogram&lt;/i&gt;, or a candidate in the list. The fold appears on the right.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; le périodogramme montre la puissance de la recherche à chaque période d’essai ; ses pics sont des périodes candidates. Le repliement empile tous les transits les uns sur les autres : une vraie planète donne un seul creux net, à fond plat.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À faire :&lt;/b&gt; cliquez sur le plus haut pic du &lt;i&gt;périodogramme&lt;/i&gt;, ou sur un candidat de la liste. Le repliement apparaît à droite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Vet the candidate</source>
        <translation>Vérifier le candidat</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; many signals are not planets: eclipsing binaries (odd and even eclipses of different depths, a secondary eclipse), background stars (the light moves off the target during the dip), noise. Vetting runs these tests.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; open the &lt;b&gt;Vetting&lt;/b&gt; tab and read the checklist of the selected candidate: each test passes or raises a flag.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; bien des signaux ne sont pas des planètes : binaires à éclipses (éclipses paires et impaires de profondeurs différentes, éclipse secondaire), étoiles d’arrière-plan (la lumière s’écarte de la cible pendant le creux), bruit. La vérification fait ces tests.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À faire :&lt;/b&gt; ouvrez l’onglet &lt;b&gt;Vérification&lt;/b&gt; et lisez la liste de contrôle du candidat sélectionné : chaque test passe ou lève une alerte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Flag it</source>
        <translation>Le marquer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; flagging keeps the candidates you believe in, with a disposition and a note; they are saved and survive re-searching and restarting.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; tick &lt;b&gt;Flag&lt;/b&gt; on a convincing candidate in the candidate list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; marquer garde les candidats auxquels vous croyez, avec une disposition et une note ; ils sont enregistrés et survivent aux nouvelles recherches et aux redémarrages.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À faire :&lt;/b&gt; cochez &lt;b&gt;Marque&lt;/b&gt; sur un candidat convaincant de la liste des candidats.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export it</source>
        <translation>L’exporter</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>&lt;p&gt;You went from raw SAP flux to an exported candidate. Now try the other stars: a hot Jupiter, a spotted star hiding a planet, an eclipsing binary, a background blend (its difference image shows the light moving off the target), a star with nothing at all. The instructor has the answer key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vous êtes passé du flux SAP brut à un candidat exporté. Essayez maintenant les autres étoiles : un Jupiter chaud, une étoile tachée qui cache une planète, une binaire à éclipses, un mélange d’arrière-plan (son image de différence montre la lumière qui s’écarte de la cible), une étoile sans rien du tout. L’animateur a le corrigé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; an export is what you hand in: a CSV or JSON file (or a PDF vetting sheet) the instructor can merge with everyone&apos;s.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; choose &lt;b&gt;File &amp;gt; Export Candidates…&lt;/b&gt;, keep &lt;i&gt;Flagged candidates only&lt;/i&gt; and save the file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; un export, c’est ce que vous rendez : un fichier CSV ou JSON (ou une fiche de vérification PDF) que l’animateur peut fusionner avec ceux de tous.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À faire :&lt;/b&gt; choisissez &lt;b&gt;Fichier &amp;gt; Exporter les candidats…&lt;/b&gt;, gardez &lt;i&gt;Candidats marqués seulement&lt;/i&gt; et enregistrez le fichier.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>exo::archive</name>
    <message>
        <source>The archive cannot be reached (offline?). Cached stars still open.</source>
        <translation>L’archive est injoignable (hors ligne ?). Les étoiles en cache s’ouvrent toujours.</translation>
    </message>
    <message>
        <source>The archive did not answer in time.</source>
        <translation>L’archive n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The archive has no such file (HTTP 404).</source>
        <translation>L’archive n’a pas ce fichier (HTTP 404).</translation>
    </message>
    <message>
        <source>The archive reported an error.</source>
        <translation>L’archive a signalé une erreur.</translation>
    </message>
    <message>
        <source>The archive&apos;s answer could not be read.</source>
        <translation>La réponse de l’archive n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The downloaded file is damaged (size or FITS check failed).</source>
        <translation>Le fichier téléchargé est endommagé (taille ou contrôle FITS en échec).</translation>
    </message>
    <message>
        <source>No object of that name is known to the resolver.</source>
        <translation>Aucun objet de ce nom n’est connu du résolveur.</translation>
    </message>
    <message>
        <source>The archive has no Kepler, K2 or TESS data for it.</source>
        <translation>L’archive n’a aucune donnée Kepler, K2 ou TESS pour cet objet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The cache folder could not be written.</source>
        <translation>Impossible d’écrire dans le dossier de cache.</translation>
    </message>
</context>
<context>
    <name>exo::sheet</name>
    <message>
        <source>BLS power</source>
        <translation>Puissance BLS</translation>
    </message>
    <message>
        <source>no input file recorded</source>
        <translation>aucun fichier d’entrée enregistré</translation>
    </message>
    <message>
        <source>input file not found: %1</source>
        <translation>fichier d’entrée introuvable : %1</translation>
    </message>
    <message>
        <source>the light curve cannot be rebuilt from the saved files and settings</source>
        <translation>la courbe de lumière ne peut pas être reconstruite à partir des fichiers et réglages enregistrés</translation>
    </message>
    <message>
        <source>planet candidate</source>
        <translation>candidat planétaire</translation>
    </message>
    <message>
        <source>eclipsing binary</source>
        <translation>binaire à éclipses</translation>
    </message>
    <message>
        <source>false positive</source>
        <translation>faux positif</translation>
    </message>
    <message>
        <source>false positive: %1</source>
        <translation>faux positif : %1</translation>
    </message>
    <message>
        <source>known planet</source>
        <translation>planète connue</translation>
    </message>
    <message>
        <source>systematics</source>
        <translation>effet instrumental</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>non examiné</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marqué</translation>
    </message>
    <message>
        <source>%1  ·  P = %2 d  ·  T0 = %3 BJD_TDB (%4 %5)  ·  duration %6 h  ·  depth %7 ppm</source>
        <translation>%1  ·  P = %2 j  ·  T0 = %3 BJD_TDB (%4 %5)  ·  durée %6 h  ·  profondeur %7 ppm</translation>
    </message>
    <message>
        <source>SNR %1  ·  SDE %2  ·  %3 transits with data  ·  odd/even %4 σ  ·  secondary %5 ppm</source>
        <translation>RSB %1  ·  SDE %2  ·  %3 transits avec données  ·  impairs/pairs %4 σ  ·  secondaire %5 ppm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(pas de note)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers : %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Réglages : %1</translation>
    </message>
    <message>
        <source>ExoWorld Explorer %1  ·  author %2  ·  saved %3  ·  updated %4</source>
        <translation>ExoWorld Explorer %1  ·  auteur %2  ·  enregistré le %3  ·  mis à jour le %4</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(version inconnue)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Vetting sheet %1</source>
        <translation>Fiche de vérification %1</translation>
    </message>
    <message>
        <source>Candidate report</source>
        <translation>Rapport de candidats</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>the sheet is written as .pdf or .png, not &apos;.%1&apos;</source>
        <translation>la fiche s’écrit en .pdf ou .png, pas en « .%1 »</translation>
    </message>
    <message>
        <source>no candidate to put in the report</source>
        <translation>aucun candidat à mettre dans le rapport</translation>
    </message>
</context>
<context>
    <name>exo::sheet::panels</name>
    <message>
        <source>light curve not available</source>
        <translation>courbe de lumière indisponible</translation>
    </message>
    <message>
        <source>Light curve (normalised) and trend</source>
        <translation>Courbe de lumière (normalisée) et tendance</translation>
    </message>
    <message>
        <source>time (%1)</source>
        <translation>temps (%1)</translation>
    </message>
    <message>
        <source>mission days</source>
        <translation>jours de mission</translation>
    </message>
    <message>
        <source>flux</source>
        <translation>flux</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Flattened light curve, transits marked</source>
        <translation>Courbe de lumière aplanie, transits repérés</translation>
    </message>
    <message>
        <source>BLS periodogram (first pass)</source>
        <translation>Périodogramme BLS (première passe)</translation>
    </message>
    <message>
        <source>period (days)</source>
        <translation>période (jours)</translation>
    </message>
    <message>
        <source>power</source>
        <translation>puissance</translation>
    </message>
    <message>
        <source>periodogram not available</source>
        <translation>périodogramme indisponible</translation>
    </message>
    <message>
        <source>P = %1 d</source>
        <translation>P = %1 j</translation>
    </message>
    <message>
        <source>Folded transit and model</source>
        <translation>Transit replié et modèle</translation>
    </message>
    <message>
        <source>hours from mid-transit</source>
        <translation>heures depuis le milieu du transit</translation>
    </message>
    <message>
        <source>depth %1 ppm, duration %2 h</source>
        <translation>profondeur %1 ppm, durée %2 h</translation>
    </message>
    <message>
        <source>Odd transits</source>
        <translation>Transits impairs</translation>
    </message>
    <message>
        <source>Even transits</source>
        <translation>Transits pairs</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>%1 ± %2 ppm</source>
        <translation>%1 ± %2 ppm</translation>
    </message>
    <message>
        <source>%1 ppm</source>
        <translation>%1 ppm</translation>
    </message>
    <message>
        <source>Secondary (phase 0.5)</source>
        <translation>Secondaire (phase 0,5)</translation>
    </message>
    <message>
        <source>hours from phase 0.5</source>
        <translation>heures depuis la phase 0,5</translation>
    </message>
    <message>
        <source>%1 ppm (%2 σ)</source>
        <translation>%1 ppm (%2 σ)</translation>
    </message>
    <message>
        <source>Per-transit gallery</source>
        <translation>Galerie des transits</translation>
    </message>
    <message>
        <source>no transit with data</source>
        <translation>aucun transit avec des données</translation>
    </message>
    <message>
        <source>#%1  SNR %2</source>
        <translation>#%1  RSB %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 of %2 events, spread over the baseline</source>
        <translation>%1 événements sur %2, répartis sur toute la durée d’observation</translation>
    </message>
    <message>
        <source>Difference image (out − in)</source>
        <translation>Image de différence (hors − dans)</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>no pixel data (light-curve file)</source>
        <translation>pas de données de pixels (fichier de courbe de lumière)</translation>
    </message>
    <message>
        <source>no valid difference image</source>
        <translation>aucune image de différence valide</translation>
    </message>
    <message>
        <source>difference image not stored; centroid offset below</source>
        <translation>image de différence non enregistrée ; décalage du centroïde ci-dessous</translation>
    </message>
    <message>
        <source>white: out-of-transit centroid, red: difference centroid, blue: target</source>
        <translation>blanc : centroïde hors transit, rouge : centroïde de la différence, bleu : cible</translation>
    </message>
    <message>
        <source>offset %1&quot; (%2 σ)</source>
        <translation>décalage %1&quot; (%2 σ)</translation>
    </message>
    <message>
        <source>Transit SNR (search)</source>
        <translation>RSB du transit (recherche)</translation>
    </message>
    <message>
        <source>Transit SNR (measured noise)</source>
        <translation>RSB du transit (bruit mesuré)</translation>
    </message>
    <message>
        <source>Odd/even depth difference</source>
        <translation>Écart de profondeur impairs/pairs</translation>
    </message>
    <message>
        <source>%1 σ</source>
        <translation>%1 σ</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Secondary eclipse</source>
        <translation>Éclipse secondaire</translation>
    </message>
    <message>
        <source>%1 ppm, %2 σ</source>
        <translation>%1 ppm, %2 σ</translation>
    </message>
    <message>
        <source>Strongest single event share</source>
        <translation>Part du plus fort événement</translation>
    </message>
    <message>
        <source>%1 % of %2 events</source>
        <translation>%1 % de %2 événements</translation>
    </message>
    <message>
        <source>Shape (ingress / duration)</source>
        <translation>Forme (entrée / durée)</translation>
    </message>
    <message>
        <source>Sine versus box</source>
        <translation>Sinus ou créneau</translation>
    </message>
    <message>
        <source>Δχ² sine %1, box %2</source>
        <translation>Δχ² sinus %1, créneau %2</translation>
    </message>
    <message>
        <source>Planet radius (host header)</source>
        <translation>Rayon de la planète (étoile selon l’en-tête)</translation>
    </message>
    <message>
        <source>%1 R⊕</source>
        <translation>%1 R⊕</translation>
    </message>
    <message>
        <source>Duration for the host</source>
        <translation>Durée attendue pour l’étoile</translation>
    </message>
    <message>
        <source>%1 × central</source>
        <translation>%1 × transit central</translation>
    </message>
    <message>
        <source>Centroid offset</source>
        <translation>Décalage du centroïde</translation>
    </message>
    <message>
        <source>%1&quot;, %2 σ</source>
        <translation>%1&quot;, %2 σ</translation>
    </message>
    <message>
        <source>no pixels</source>
        <translation>pas de pixels</translation>
    </message>
    <message>
        <source>Ephemeris match</source>
        <translation>Éphéméride commune</translation>
    </message>
    <message>
        <source>%1 match(es)</source>
        <translation>%1 correspondance(s)</translation>
    </message>
    <message>
        <source>Checklist (search statistics only; not vetted)</source>
        <translation>Liste de contrôle (statistiques de recherche seulement ; non vérifié)</translation>
    </message>
    <message>
        <source>Vetting checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Flags: none</source>
        <translation>Alertes : aucune</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Alertes : %1</translation>
    </message>
</context>
<context>
    <name>exo::store</name>
    <message>
        <source>not a JSON candidate export (%1 at byte %2)</source>
        <translation>pas un export de candidats JSON (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>not an ExoWorld candidate export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>pas un export de candidats ExoWorld (pas de &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>written by a newer version of ExoWorld Explorer (export format %1; this version reads up to %2)</source>
        <translation>écrit par une version plus récente d’ExoWorld Explorer (format d’export %1 ; cette version lit jusqu’au %2)</translation>
    </message>
    <message>
        <source>a candidate without mission or target id</source>
        <translation>un candidat sans mission ni identifiant de cible</translation>
    </message>
    <message>
        <source>a candidate of %1 without a period</source>
        <translation>un candidat de %1 sans période</translation>
    </message>
</context>
<context>
    <name>exo::store::CandidateStore</name>
    <message>
        <source>%1 is a folder, not a candidate store file.</source>
        <translation>%1 est un dossier, pas un fichier de base de candidats.</translation>
    </message>
    <message>
        <source>Cannot read the candidate store %1: %2</source>
        <translation>Impossible de lire la base de candidats %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a candidate store: it is not an SQLite database (damaged, or another kind of file).</source>
        <translation>%1 n’est pas une base de candidats : ce n’est pas une base de données SQLite (fichier endommagé, ou d’un autre type).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the candidate store.</source>
        <translation>Impossible de créer le dossier %1 pour la base de candidats.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas installé.</translation>
    </message>
    <message>
        <source>Cannot open the candidate store %1: %2</source>
        <translation>Impossible d’ouvrir la base de candidats %1 : %2</translation>
    </message>
    <message>
        <source>The candidate store %1 is damaged and cannot be read (%2). Move it away to start a new one; a backup copy can be opened with --store.</source>
        <translation>La base de candidats %1 est endommagée et illisible (%2). Déplacez-la pour en commencer une nouvelle ; une copie de sauvegarde peut être ouverte avec --store.</translation>
    </message>
    <message>
        <source>The candidate store %1 was written by a newer version of ExoWorld Explorer (store format %2; this version reads up to %3). Update ExoWorld Explorer, or use another store.</source>
        <translation>La base de candidats %1 a été écrite par une version plus récente d’ExoWorld Explorer (format de base %2 ; cette version lit jusqu’au %3). Mettez à jour ExoWorld Explorer ou utilisez une autre base.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an ExoWorld candidate store.</source>
        <translation>%1 est une base de données SQLite d’un autre programme, pas une base de candidats ExoWorld.</translation>
    </message>
    <message>
        <source>Cannot upgrade the candidate store %1 from format %2: %3</source>
        <translation>Impossible de mettre à niveau la base de candidats %1 depuis le format %2 : %3</translation>
    </message>
    <message>
        <source>No candidate store is open.</source>
        <translation>Aucune base de candidats n’est ouverte.</translation>
    </message>
    <message>
        <source>No candidate %1 in the store.</source>
        <translation>Pas de candidat %1 dans la base.</translation>
    </message>
    <message>
        <source>A candidate needs a mission, a target id, a period and an epoch.</source>
        <translation>Un candidat doit avoir une mission, un identifiant de cible, une période et une époque.</translation>
    </message>
</context>
<context>
    <name>exo::store::CandidateStore::Impl</name>
    <message>
        <source>The candidate store %1 is busy (another program kept it locked for more than %2 s).</source>
        <translation>La base de candidats %1 est occupée (un autre programme l’a verrouillée pendant plus de %2 s).</translation>
    </message>
    <message>
        <source>Candidate store %1: %2 failed: %3</source>
        <translation>Base de candidats %1 : échec de %2 : %3</translation>
    </message>
    <message>
        <source>A candidate needs a mission, a target id, a period and an epoch.</source>
        <translation>Un candidat doit avoir une mission, un identifiant de cible, une période et une époque.</translation>
    </message>
</context>
<context>
    <name>exo::ui</name>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>Le fichier n’existe pas</translation>
    </message>
    <message>
        <source>This is a folder or special file, not a data file</source>
        <translation>C’est un dossier ou un fichier spécial, pas un fichier de données</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <source>This is not a FITS file</source>
        <translation>Ce n’est pas un fichier FITS</translation>
    </message>
    <message>
        <source>The FITS file is truncated or damaged (an incomplete download?)</source>
        <translation>Le fichier FITS est tronqué ou endommagé (un téléchargement incomplet ?)</translation>
    </message>
    <message>
        <source>The FITS file has no light-curve or pixel table</source>
        <translation>Le fichier FITS n’a pas de table de courbe de lumière ni de pixels</translation>
    </message>
    <message>
        <source>A required column is missing</source>
        <translation>Une colonne requise manque</translation>
    </message>
    <message>
        <source>The table has no rows</source>
        <translation>La table n’a aucune ligne</translation>
    </message>
    <message>
        <source>Every value is NaN: there is no usable data</source>
        <translation>Toutes les valeurs sont NaN : aucune donnée utilisable</translation>
    </message>
    <message>
        <source>This is not a Kepler, K2 or TESS product</source>
        <translation>Ce n’est pas un produit Kepler, K2 ou TESS</translation>
    </message>
    <message>
        <source>This kind of FITS product is not supported</source>
        <translation>Ce type de produit FITS n’est pas pris en charge</translation>
    </message>
    <message>
        <source>The files belong to different stars</source>
        <translation>Les fichiers appartiennent à des étoiles différentes</translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation>Paramètre invalide</translation>
    </message>
    <message>
        <source>The request is too large for this computer</source>
        <translation>La demande est trop lourde pour cet ordinateur</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Could not write the output</source>
        <translation>Impossible d’écrire le résultat</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
    <message>
        <source>There is no plot to save.</source>
        <translation>Il n’y a aucun graphique à enregistrer.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Image JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Unknown image type &quot;%1&quot;: use .png, .jpg, .pdf or .svg.</source>
        <translation>Type d’image inconnu « %1 » : utilisez .png, .jpg, .pdf ou .svg.</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>The text file is malformed</source>
        <translation>Le fichier texte est mal formé</translation>
    </message>
    <message>
        <source>The data are too short</source>
        <translation>Les données sont trop courtes</translation>
    </message>
    <message>
        <source>The FITS header is damaged or claims an impossible size</source>
        <translation>L’en-tête FITS est endommagé ou annonce une taille impossible</translation>
    </message>
</context>
<context>
    <name>exo::ui::CandidatesModel</name>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidate %1&lt;/b&gt;&lt;br&gt;Period %2 d, %3 transits of %4 h&lt;br&gt;Depth %5 ppm (%6 ppm at phase 0.5)&lt;br&gt;SNR %7, SDE %8</source>
        <translation>&lt;b&gt;Candidat %1&lt;/b&gt;&lt;br&gt;Période %2 j, %3 transits de %4 h&lt;br&gt;Profondeur %5 ppm (%6 ppm à la phase 0,5)&lt;br&gt;RSB %7, SDE %8</translation>
    </message>
    <message>
        <source>Odd and even transits differ by %1 σ: possibly an eclipsing binary at twice this period.</source>
        <translation>Les transits pairs et impairs diffèrent de %1 σ : peut-être une binaire à éclipses au double de cette période.</translation>
    </message>
    <message>
        <source>Tick to mark this candidate for follow-up or export.</source>
        <translation>Cochez pour marquer ce candidat en vue d’un suivi ou d’un export.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Period (d)</source>
        <translation>Période (j)</translation>
    </message>
    <message>
        <source>T0</source>
        <translation>T0</translation>
    </message>
    <message>
        <source>T0 (%1)</source>
        <translation>T0 (%1)</translation>
    </message>
    <message>
        <source>Duration (h)</source>
        <translation>Durée (h)</translation>
    </message>
    <message>
        <source>Depth (ppm)</source>
        <translation>Profondeur (ppm)</translation>
    </message>
    <message>
        <source>SNR</source>
        <translation>RSB</translation>
    </message>
    <message>
        <source>SDE</source>
        <translation>SDE</translation>
    </message>
    <message>
        <source>Transits</source>
        <translation>Transits</translation>
    </message>
    <message>
        <source>Odd/even σ</source>
        <translation>Impair/pair σ</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Order in which the search found the signal: 1 is the strongest.</source>
        <translation>Ordre dans lequel la recherche a trouvé le signal : 1 est le plus fort.</translation>
    </message>
    <message>
        <source>Time between two transits (orbital period), in days.</source>
        <translation>Temps entre deux transits (période orbitale), en jours.</translation>
    </message>
    <message>
        <source>Time of the middle of one transit, in the mission&apos;s day count (%1). Together with the period it predicts every transit.</source>
        <translation>Instant du milieu d’un transit, dans le décompte en jours de la mission (%1). Avec la période, il prédit tous les transits.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>How long one transit lasts, in hours.</source>
        <translation>Durée d’un transit, en heures.</translation>
    </message>
    <message>
        <source>How much the star dims during a transit, in parts per million (1000 ppm = 0.1 %). The planet&apos;s size grows with the square root of the depth.</source>
        <translation>De combien l’étoile faiblit pendant un transit, en parties par million (1000 ppm = 0,1 %). La taille de la planète croît comme la racine carrée de la profondeur.</translation>
    </message>
    <message>
        <source>Signal-to-noise ratio: the depth divided by its uncertainty. Above about 7 the signal is unlikely to be noise.</source>
        <translation>Rapport signal sur bruit : la profondeur divisée par son incertitude. Au-delà d’environ 7, le signal a peu de chances d’être du bruit.</translation>
    </message>
    <message>
        <source>Signal detection efficiency: how far this period stands out in the periodogram. Above about 9 is a clear detection.</source>
        <translation>Efficacité de détection du signal (SDE) : à quel point cette période se détache dans le périodogramme. Au-delà d’environ 9, la détection est nette.</translation>
    </message>
    <message>
        <source>Number of transits covered by data. Two or three are the minimum to trust a period.</source>
        <translation>Nombre de transits couverts par les données. Il en faut au moins deux ou trois pour se fier à une période.</translation>
    </message>
    <message>
        <source>Difference between the depths of odd and even transits, in σ. Above 3 (shown in amber) the &apos;planet&apos; may be two stars eclipsing each other.</source>
        <translation>Écart entre les profondeurs des transits impairs et pairs, en σ. Au-delà de 3 (en ambre), la « planète » pourrait être deux étoiles qui s’éclipsent mutuellement.</translation>
    </message>
    <message>
        <source>Your mark for candidates worth a closer look.</source>
        <translation>Votre marque pour les candidats qui méritent un examen plus attentif.</translation>
    </message>
    <message>
        <source>Planet candidate</source>
        <translation>Candidat planétaire</translation>
    </message>
    <message>
        <source>Eclipsing binary</source>
        <translation>Binaire à éclipses</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>Known planet</source>
        <translation>Planète connue</translation>
    </message>
    <message>
        <source>Systematics</source>
        <translation>Effet instrumental</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Non examiné</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>correspond à %1</translation>
    </message>
    <message>
        <source>Your verdict; double-click to change it.</source>
        <translation>Votre verdict ; double-cliquez pour le changer.</translation>
    </message>
    <message>
        <source>Double-click to write a note.</source>
        <translation>Double-cliquez pour écrire une note.</translation>
    </message>
    <message>
        <source>Matches the known planet %1.</source>
        <translation>Correspond à la planète connue %1.</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your verdict: planet candidate, eclipsing binary, false positive, known planet or systematics. Kept in the candidate store with the flag and the note.</source>
        <translation>Votre verdict : candidat planétaire, binaire à éclipses, faux positif, planète connue ou effet instrumental. Conservé dans la base de candidats avec la marque et la note.</translation>
    </message>
    <message>
        <source>Your note on this candidate.</source>
        <translation>Votre note sur ce candidat.</translation>
    </message>
    <message>
        <source>A planet of this star already in the NASA Exoplanet Archive whose period and transit times this signal matches.</source>
        <translation>Une planète de cette étoile déjà présente dans la NASA Exoplanet Archive, dont ce signal reproduit la période et les instants de transit.</translation>
    </message>
</context>
<context>
    <name>exo::ui::CandidatesTable</name>
    <message>
        <source>Run a search to list candidate transits here</source>
        <translation>Lancez une recherche pour lister ici les transits candidats</translation>
    </message>
</context>
<context>
    <name>exo::ui::ColorMap</name>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
</context>
<context>
    <name>exo::ui::FoldPlot</name>
    <message>
        <source>Even transits</source>
        <translation>Transits pairs</translation>
    </message>
    <message>
        <source>Odd transits</source>
        <translation>Transits impairs</translation>
    </message>
    <message>
        <source>Binned</source>
        <translation>Médiane (bins)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Hours from mid-transit</source>
        <translation>Heures depuis le milieu du transit</translation>
    </message>
    <message>
        <source>Normalised flux</source>
        <translation>Flux normalisé</translation>
    </message>
    <message>
        <source>Every transit stacked on one another. Odd and even transits have their own colour: different depths suggest an eclipsing binary. Double-click to switch between the transit and the whole orbit.</source>
        <translation>Tous les transits superposés. Les transits pairs et impairs ont chacun leur couleur : des profondeurs différentes évoquent une binaire à éclipses. Double-cliquez pour passer du transit à l’orbite entière.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>exo::ui::LightCurvePlot</name>
    <message>
        <source>Flux</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Quality-flagged</source>
        <translation>Signalé par la qualité</translation>
    </message>
    <message>
        <source>Masked by you</source>
        <translation>Masqué par vous</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Transits</source>
        <translation>Transits</translation>
    </message>
    <message>
        <source>Time (days)</source>
        <translation>Temps (jours)</translation>
    </message>
    <message>
        <source>Wheel: zoom time (Ctrl+wheel: flux). Drag: pan. Shift+drag or right-drag: zoom to a box. Mask time range tool: drag to select a time range. Double-click: show everything. Click a point to select it.</source>
        <translation>Molette : zoom en temps (Ctrl+molette : flux). Glisser : déplacer. Maj+glisser ou glisser avec le bouton droit : zoom sur un rectangle. Outil Masquer un intervalle de temps : glisser pour sélectionner un intervalle. Double-clic : tout afficher. Cliquez sur un point pour le sélectionner.</translation>
    </message>
    <message>
        <source>Known planets&apos; transits</source>
        <translation>Transits des planètes connues</translation>
    </message>
    <message>
        <source>Dips</source>
        <translation>Creux</translation>
    </message>
</context>
<context>
    <name>exo::ui::PeriodogramPlot</name>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation>Pics</translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation>Période (jours)</translation>
    </message>
    <message>
        <source>Click a peak to try that period. Wheel: zoom; drag: pan; double-click: show all. Dashed lines mark half and double the best period: a true planet&apos;s signal often echoes there.</source>
        <translation>Cliquez sur un pic pour essayer cette période. Molette : zoom ; glisser : déplacer ; double-clic : tout afficher. Les tirets marquent la moitié et le double de la période choisie : le signal d’une vraie planète y a souvent un écho.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>P/2</source>
        <translation>P/2</translation>
    </message>
    <message>
        <source>2P</source>
        <translation>2P</translation>
    </message>
</context>
<context>
    <name>exo::ui::PipelinePanel</name>
    <message>
        <source>Light curve</source>
        <translation>Courbe de lumière</translation>
    </message>
    <message>
        <source>PDCSAP (corrected)</source>
        <translation>PDCSAP (corrigé)</translation>
    </message>
    <message>
        <source>SAP (raw aperture sum)</source>
        <translation>SAP (somme brute)</translation>
    </message>
    <message>
        <source>Flux:</source>
        <translation>Flux :</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>Hardest</source>
        <translation>Très strict</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Custom bitmask…</source>
        <translation>Masque personnalisé…</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Qualité :</translation>
    </message>
    <message>
        <source>Bitmask:</source>
        <translation>Masque :</translation>
    </message>
    <message>
        <source>Clip above</source>
        <translation>Écrêter à</translation>
    </message>
    <message>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <source>Outliers:</source>
        <translation>Points aberrants :</translation>
    </message>
    <message>
        <source>Biweight (recommended)</source>
        <translation>Biweight (conseillé)</translation>
    </message>
    <message>
        <source>Sliding median</source>
        <translation>Médiane glissante</translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation>Moyenne glissante</translation>
    </message>
    <message>
        <source>Savitzky–Golay</source>
        <translation>Savitzky–Golay</translation>
    </message>
    <message>
        <source>Detrend:</source>
        <translation>Tendance :</translation>
    </message>
    <message>
        <source> d</source>
        <translation> j</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenêtre :</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which brightness measurement of a light-curve file to analyse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;PDCSAP&lt;/b&gt;: the mission pipeline has already removed most spacecraft effects (slow drifts, jumps). Best for finding planets: start here.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SAP&lt;/b&gt;: the plain sum of the pixels in the aperture, with instrument trends left in. Try it when a long or deep transit looks distorted in PDCSAP.&lt;/p&gt;&lt;p&gt;Pixel files are not affected: their flux comes from the aperture you draw.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Quelle mesure de luminosité d’un fichier de courbe de lumière analyser.&lt;/p&gt;&lt;p&gt;&lt;b&gt;PDCSAP&lt;/b&gt; : le pipeline de la mission a déjà retiré l’essentiel des effets instrumentaux (dérives lentes, sauts). Le meilleur choix pour trouver des planètes : commencez ici.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SAP&lt;/b&gt; : la simple somme des pixels de l’ouverture, tendances instrumentales comprises. Essayez-la quand un transit long ou profond paraît déformé en PDCSAP.&lt;/p&gt;&lt;p&gt;Les fichiers de pixels ne sont pas concernés : leur flux vient de l’ouverture que vous dessinez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which measurements to ignore because the spacecraft flagged a problem (thruster firings, cosmic rays, pointing drift, …).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Default&lt;/b&gt;: ignores the clearly bad points. Right for most stars.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hard&lt;/b&gt;: also ignores points that are often fine. Use it if you see isolated jumps or spikes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hardest&lt;/b&gt;: ignores every flagged point, which can throw away good data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;None&lt;/b&gt;: keeps everything.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Custom&lt;/b&gt;: type the flag bitmask yourself, e.g. when following a published recipe.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Quelles mesures ignorer parce que le satellite a signalé un problème (allumages des propulseurs, rayons cosmiques, dérive du pointage, …).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Par défaut&lt;/b&gt; : ignore les points clairement mauvais. Convient à la plupart des étoiles.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Strict&lt;/b&gt; : ignore aussi des points souvent corrects. À utiliser si vous voyez des sauts ou des pics isolés.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Très strict&lt;/b&gt; : ignore tous les points signalés, au risque d’écarter de bonnes données.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aucun&lt;/b&gt; : garde tout.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Personnalisé&lt;/b&gt; : saisissez vous-même le masque de bits, par exemple pour suivre une recette publiée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The quality flags to ignore, as the sum of their bit values (each flag is a power of two). For reference, the Default preset is 1130799 for Kepler and K2 and 17087 for TESS. 0 keeps every point.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les indicateurs de qualité à ignorer, sous forme de somme de leurs valeurs de bit (chaque indicateur est une puissance de deux). Pour mémoire, le préréglage Par défaut vaut 1130799 pour Kepler et K2 et 17087 pour TESS. 0 garde tous les points.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Removes single points that lie far &lt;i&gt;above&lt;/i&gt; the trend: cosmic rays, flares, scattered light. Only upward outliers are removed, so transit dips are never clipped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Retire les points isolés situés très &lt;i&gt;au-dessus&lt;/i&gt; de la tendance : rayons cosmiques, éruptions, lumière parasite. Seuls les écarts vers le haut sont retirés, les creux des transits ne sont donc jamais écrêtés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How far above the trend a point must be to be removed, in units of the light curve&apos;s scatter (σ). Lower is more aggressive.&lt;/p&gt;&lt;p&gt;5 σ is safe. Go down to 3 σ for data with many spikes; go up if real features disappear.&lt;/p&gt;</source>
        <translation>&lt;p&gt;À quelle distance au-dessus de la tendance un point doit se trouver pour être retiré, en unités de dispersion de la courbe (σ). Plus la valeur est basse, plus l’écrêtage est agressif.&lt;/p&gt;&lt;p&gt;5 σ est sûr. Descendez à 3 σ pour des données avec beaucoup de pics ; montez si de vraies structures disparaissent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Removes slow brightness changes of the star (spots, rotation) and of the instrument, so that short transit dips stand out.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Biweight&lt;/b&gt;: robust; ignores the dips while estimating the trend. Recommended.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sliding median&lt;/b&gt;: also robust, slightly less smooth.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Moving average&lt;/b&gt;: simple, but dips pull the trend down and transits come out shallower.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Savitzky–Golay&lt;/b&gt;: a smooth polynomial filter; follows fast variability better.&lt;/p&gt;&lt;p&gt;&lt;b&gt;None&lt;/b&gt;: analyse the flux as it is.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Retire les variations lentes de luminosité de l’étoile (taches, rotation) et de l’instrument, pour faire ressortir les brefs creux des transits.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Biweight&lt;/b&gt; : robuste ; ignore les creux en estimant la tendance. Recommandé.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Médiane glissante&lt;/b&gt; : robuste aussi, un peu moins lisse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Moyenne glissante&lt;/b&gt; : simple, mais les creux tirent la tendance vers le bas et les transits paraissent moins profonds.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Savitzky–Golay&lt;/b&gt; : un filtre polynomial lisse ; suit mieux la variabilité rapide.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aucun&lt;/b&gt; : analyser le flux tel quel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Length of the detrending window, in days.&lt;/p&gt;&lt;p&gt;It must be clearly longer than a transit (about three times the longest transit you look for), or the filter flattens the dip itself. Shorter windows follow fast stellar variability better.&lt;/p&gt;&lt;p&gt;0.75 d suits transits up to about 6 hours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Longueur de la fenêtre de correction de tendance, en jours.&lt;/p&gt;&lt;p&gt;Elle doit être nettement plus longue qu’un transit (environ trois fois le plus long transit recherché), sinon le filtre aplanit le creux lui-même. Des fenêtres plus courtes suivent mieux la variabilité stellaire rapide.&lt;/p&gt;&lt;p&gt;0,75 j convient aux transits jusqu’à environ 6 heures.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Time ranges you excluded by hand (a glitch, a flare, a bad stretch) are left out of the detrending and of the transit search. Select them on the light-curve plot.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clear&lt;/b&gt; removes them all (you can undo it).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les intervalles de temps que vous avez exclus à la main (un artefact, une éruption, un mauvais passage) sont écartés de la correction de tendance et de la recherche de transits. Sélectionnez-les sur la courbe de lumière avec l’outil Masquer un intervalle de temps.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Effacer&lt;/b&gt; les retire tous (annulable).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Masked ranges: %1</source>
        <translation>Intervalles masqués : %1</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Transit search</source>
        <translation>Recherche de transits</translation>
    </message>
    <message>
        <source>Min period:</source>
        <translation>Période min. :</translation>
    </message>
    <message>
        <source>Max period:</source>
        <translation>Période max. :</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Oversampling:</source>
        <translation>Suréchantillonnage :</translation>
    </message>
    <message>
        <source>auto, or e.g. 1, 2, 4</source>
        <translation>auto, ou p. ex. 1 ; 2,5 ; 4</translation>
    </message>
    <message>
        <source>Durations (h):</source>
        <translation>Durées (h) :</translation>
    </message>
    <message>
        <source>Max planets:</source>
        <translation>Planètes max. :</translation>
    </message>
    <message>
        <source>Min SNR:</source>
        <translation>RSB min. :</translation>
    </message>
    <message>
        <source>Min SDE:</source>
        <translation>SDE min. :</translation>
    </message>
    <message>
        <source>Search automatically</source>
        <translation>Rechercher automatiquement</translation>
    </message>
    <message>
        <source>Run search</source>
        <translation>Lancer la recherche</translation>
    </message>
    <message>
        <source>&lt;p&gt;Shortest orbital period to try, in days. &lt;b&gt;Auto&lt;/b&gt; starts at half a day.&lt;/p&gt;&lt;p&gt;Raise it to skip very short periods that only pick up noise.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Période orbitale la plus courte à essayer, en jours. &lt;b&gt;Auto&lt;/b&gt; commence à une demi-journée.&lt;/p&gt;&lt;p&gt;Augmentez-la pour sauter les périodes très courtes qui ne captent que du bruit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Longest orbital period to try, in days. &lt;b&gt;Auto&lt;/b&gt; uses half the time span of the data, so that every candidate shows at least two transits.&lt;/p&gt;&lt;p&gt;Lower it to make the search faster.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Période orbitale la plus longue à essayer, en jours. &lt;b&gt;Auto&lt;/b&gt; prend la moitié de la durée couverte par les données, pour que chaque candidat montre au moins deux transits.&lt;/p&gt;&lt;p&gt;Diminuez-la pour accélérer la recherche.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How finely the trial periods are spaced. Higher values are less likely to step over a planet between two trial periods, but the search takes proportionally longer.&lt;/p&gt;&lt;p&gt;3 is a good balance; use 5–10 for a final check of a promising star.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Finesse de l’espacement des périodes d’essai. Des valeurs plus élevées risquent moins de sauter une planète entre deux périodes d’essai, mais la recherche dure proportionnellement plus longtemps.&lt;/p&gt;&lt;p&gt;3 est un bon compromis ; prenez 5 à 10 pour une vérification finale d’une étoile prometteuse.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Transit durations to try, in hours. &lt;b&gt;auto&lt;/b&gt; picks a range suited to the period grid. Or type a list separated by commas, with a point for decimals, e.g. &lt;tt&gt;1, 2.5, 4, 8&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Real transits last from about 1 hour (close-in planet, small star) to more than 10 hours (distant planet).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Durées de transit à essayer, en heures. &lt;b&gt;auto&lt;/b&gt; choisit une plage adaptée à la grille de périodes. Ou saisissez une liste séparée par des points-virgules, avec une virgule pour les décimales, p. ex. &lt;tt&gt;1 ; 2,5 ; 4 ; 8&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Les vrais transits durent d’environ 1 heure (planète proche, petite étoile) à plus de 10 heures (planète lointaine).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many signals to look for, one after the other. After each detection its transits are hidden and the search runs again, to find further planets of the same star.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Combien de signaux chercher, l’un après l’autre. Après chaque détection, ses transits sont masqués et la recherche est relancée, pour trouver d’autres planètes de la même étoile.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Signal-to-noise ratio a signal needs to be listed: the transit depth divided by its uncertainty.&lt;/p&gt;&lt;p&gt;7 is the usual threshold. Lower values list more candidates, but many of them are noise.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rapport signal sur bruit qu’un signal doit atteindre pour être listé : la profondeur du transit divisée par son incertitude.&lt;/p&gt;&lt;p&gt;7 est le seuil habituel. Des valeurs plus basses listent plus de candidats, mais beaucoup ne sont que du bruit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Signal detection efficiency: how far the best peak of the periodogram stands out from all the other trial periods.&lt;/p&gt;&lt;p&gt;9 is a common threshold; peaks below about 7 are often chance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Efficacité de détection du signal (SDE) : à quel point le meilleur pic du périodogramme se détache de toutes les autres périodes d’essai.&lt;/p&gt;&lt;p&gt;9 est un seuil courant ; les pics en dessous d’environ 7 sont souvent dus au hasard.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run the transit search again after every change of the settings.&lt;/p&gt;&lt;p&gt;Turn it off for long light curves, where one search takes a while, and press &lt;b&gt;Run search&lt;/b&gt; when you are ready.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Relancer la recherche de transits après chaque changement de réglage.&lt;/p&gt;&lt;p&gt;Désactivez-la pour les longues courbes de lumière, où une recherche prend du temps, et appuyez sur &lt;b&gt;Lancer la recherche&lt;/b&gt; quand vous êtes prêt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Search the prepared light curve for dips that repeat with a fixed period, using the settings above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chercher dans la courbe de lumière préparée des creux qui se répètent avec une période fixe, avec les réglages ci-dessus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type &quot;auto&quot; or durations in hours separated by commas, e.g. 1, 2.5, 4.</source>
        <translation>Saisissez « auto » ou des durées en heures séparées par des points-virgules, p. ex. 1 ; 2,5 ; 4.</translation>
    </message>
    <message>
        <source>The minimum period (%1 d) is longer than the maximum period (%2 d).</source>
        <translation>La période minimale (%1 j) est plus longue que la période maximale (%2 j).</translation>
    </message>
    <message>
        <source>Moving average (N points)</source>
        <translation>Moyenne glissante (N points)</translation>
    </message>
    <message>
        <source> points either side</source>
        <translation> points de chaque côté</translation>
    </message>
    <message>
        <source>Split, bin, dips</source>
        <translation>Couper, regrouper, creux</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Split at gaps:</source>
        <translation>Couper aux trous :</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Shortest piece:</source>
        <translation>Morceau min. :</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Bin:</source>
        <translation>Regrouper :</translation>
    </message>
    <message>
        <source>Mark dips below:</source>
        <translation>Creux sous :</translation>
    </message>
    <message>
        <source>&lt;p&gt;For &lt;b&gt;Moving average (N points)&lt;/b&gt;: the trend at each point is the mean of this many points on either side and the point itself (the HelloExoWorld workshop used 5).&lt;/p&gt;&lt;p&gt;Counted in points, not days: on 30-minute Kepler data 5 points either side span 5.5 hours; on 2-minute TESS data only 22 minutes, so bin first or take more points.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pour &lt;b&gt;Moyenne glissante (N points)&lt;/b&gt; : la tendance en chaque point est la moyenne de ce nombre de points de chaque côté et du point lui-même (l’atelier HelloExoWorld en prenait 5).&lt;/p&gt;&lt;p&gt;Compté en points, pas en jours : sur les données Kepler à 30 minutes, 5 points de chaque côté couvrent 5,5 heures ; sur les données TESS à 2 minutes, seulement 22 minutes : regroupez d’abord ou prenez plus de points.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The light curve is cut into pieces wherever no measurement was taken for longer than this (6 hours by default): no trend is ever fitted across a gap.&lt;/p&gt;&lt;p&gt;Pieces with fewer points than &lt;b&gt;Shortest piece&lt;/b&gt; (100 by default) are left out: too short to tell a trend from a transit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La courbe de lumière est coupée en morceaux partout où aucune mesure n’a été prise pendant plus que cette durée (6 heures par défaut) : aucune tendance n’est jamais ajustée à travers un trou.&lt;/p&gt;&lt;p&gt;Les morceaux de moins de points que le &lt;b&gt;Morceau le plus court&lt;/b&gt; (100 par défaut) sont écartés : trop courts pour distinguer une tendance d’un transit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Averages the points into time bins of this width before the trend is fitted: fewer, less noisy points. Keep bins well shorter than a transit (30 min suits transits of a few hours).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Moyenne les points par intervalles de temps de cette largeur avant d’ajuster la tendance : moins de points, moins bruités. Gardez des intervalles bien plus courts qu’un transit (30 min conviennent à des transits de quelques heures).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The HelloExoWorld workshop&apos;s steps before the transit search: split the light curve at gaps, bin it, and mark the dips below a threshold. Help &amp;gt; Workshop walks through them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les étapes de l’atelier HelloExoWorld avant la recherche de transits : couper la courbe de lumière aux trous, la regrouper et marquer les creux sous un seuil. Aide &amp;gt; Atelier les parcourt pas à pas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Marks on the flattened light curve every dip that goes deeper than this many times the scatter (a robust sigma) below the median, neighbouring low points grouped into one dip.&lt;/p&gt;&lt;p&gt;It needs no period, so it also shows single transits and eclipses. Many marks on a quiet star: raise the threshold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Marque sur la courbe aplanie chaque creux qui descend sous la médiane de plus de ce nombre de fois la dispersion (un sigma robuste) ; les points bas voisins forment un seul creux.&lt;/p&gt;&lt;p&gt;Aucune période n’est nécessaire : les transits uniques et les éclipses apparaissent aussi. Beaucoup de marques sur une étoile calme : relevez le seuil.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the window for each star: three times the longest transit searched, shortened when the star varies faster (spots, pulsations). Signals at the star&apos;s variability period are then rejected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisit la fenêtre pour chaque étoile : trois fois le plus long transit cherché, raccourcie quand l’étoile varie plus vite (taches, pulsations). Les signaux à la période de variabilité de l’étoile sont alors rejetés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Refit trend without transits</source>
        <translation>Réajuster la tendance sans les transits</translation>
    </message>
    <message>
        <source>&lt;p&gt;After each signal is found, fit the slow brightness trend again with that signal&apos;s transits left out, then look for the next one. Otherwise the trend partly follows the dips, which makes them look shallower and can hide a smaller planet.&lt;/p&gt;&lt;p&gt;On by default; the search can take a little longer. Turn it off to compare with the first trend alone (the command line&apos;s &lt;tt&gt;--redetrend off&lt;/tt&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Après chaque signal trouvé, ajuste de nouveau la tendance lente de la luminosité en laissant de côté les transits de ce signal, puis cherche le suivant. Sinon la tendance suit en partie les creux, ce qui les fait paraître moins profonds et peut cacher une planète plus petite.&lt;/p&gt;&lt;p&gt;Activé par défaut ; la recherche peut prendre un peu plus de temps. Désactivez-le pour comparer avec la première tendance seule (&lt;tt&gt;--redetrend off&lt;/tt&gt; en ligne de commande).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Noise, minimum transits</source>
        <translation>Bruit, transits minimum</translation>
    </message>
    <message>
        <source>Min transits:</source>
        <translation>Transits min. :</translation>
    </message>
    <message>
        <source>Local scatter (default)</source>
        <translation>Dispersion locale (par défaut)</translation>
    </message>
    <message>
        <source>Pipeline errors</source>
        <translation>Erreurs du pipeline</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>Bruit :</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many transits a repeating dip needs before it is listed as a candidate. Only transits that fall where the light curve has data count.&lt;/p&gt;&lt;p&gt;3 is the usual rule, because two dips can line up by chance. Lower it to 2 to catch a planet on a long orbit that passed in front of its star only twice; raise it to keep only signals seen many times. Signals with fewer transits are not listed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Combien de transits un creux qui se répète doit montrer avant d’être listé comme candidat. Seuls comptent les transits qui tombent là où la courbe de lumière a des données.&lt;/p&gt;&lt;p&gt;3 est la règle habituelle, car deux creux peuvent s’aligner par hasard. Descendez à 2 pour attraper une planète sur une orbite longue qui n’est passée devant son étoile que deux fois ; montez pour ne garder que les signaux vus de nombreuses fois. Les signaux avec moins de transits ne sont pas listés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How the search decides how noisy each measurement is. This sets the signal-to-noise ratio (SNR) of every dip, and so which ones pass &lt;b&gt;Min SNR&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Local scatter&lt;/b&gt; (recommended): measured on the light curve itself, over about a day around each point, so a restless stretch of data counts for less.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pipeline errors&lt;/b&gt;: the uncertainties that the mission&apos;s pipeline wrote in the file. They can miss what really disturbs this star; use them to compare with other tools (the command line&apos;s &lt;tt&gt;--noise pipeline&lt;/tt&gt;). Without them in the file, the local scatter is used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Comment la recherche estime le bruit de chaque mesure. Cela fixe le rapport signal sur bruit (RSB) de chaque creux, et donc ceux qui passent le seuil &lt;b&gt;RSB min.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dispersion locale&lt;/b&gt; (conseillé) : mesurée sur la courbe de lumière elle-même, sur environ un jour autour de chaque point, si bien qu’un passage agité des données compte moins.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erreurs du pipeline&lt;/b&gt; : les incertitudes que le pipeline de la mission a écrites dans le fichier. Elles peuvent ignorer ce qui perturbe vraiment cette étoile ; utilisez-les pour comparer avec d’autres outils (&lt;tt&gt;--noise pipeline&lt;/tt&gt; en ligne de commande). Si le fichier n’en contient pas, la dispersion locale est utilisée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Two more choices of the search: how the noise of the measurements is estimated, and how many transits a candidate needs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Deux autres choix de la recherche : comment le bruit des mesures est estimé, et combien de transits il faut à un candidat.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>exo::ui::PixelPanel</name>
    <message>
        <source>Colour map. Viridis and inferno are perceptually uniform: equal steps in brightness look like equal steps in colour.</source>
        <translation>Palette de couleurs. Viridis et inferno sont perceptuellement uniformes : des pas égaux de luminosité paraissent des pas égaux de couleur.</translation>
    </message>
    <message>
        <source>Brightness stretch between the 1st and 99.5th percentile. Square root, log and asinh bring out faint neighbours of a bright star.</source>
        <translation>Étirement de la luminosité entre le 1er et le 99,5e centile. Racine carrée, log et asinh font ressortir les voisines faibles d’une étoile brillante.</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Show the median image over all cadences instead of a single frame: steadier, and best for choosing an aperture.</source>
        <translation>Afficher l’image médiane de toutes les poses au lieu d’une seule image : plus stable, et idéale pour choisir une ouverture.</translation>
    </message>
    <message>
        <source>Play the frames as a movie, to spot moving objects, pointing jitter or a variable neighbour.</source>
        <translation>Lire les images comme un film, pour repérer des objets mobiles, des tremblements de pointage ou une voisine variable.</translation>
    </message>
    <message>
        <source>Cadence shown. Drag to step through the frames.</source>
        <translation>Pose affichée. Faites glisser pour parcourir les images.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Use the mission pipeline&apos;s optimal aperture (APERTURE bit 2).</source>
        <translation>Utiliser l’ouverture optimale du pipeline de la mission (bit 2 d’APERTURE).</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Select the pixels brighter than the median by this many standard deviations, keeping the region that contains the target.</source>
        <translation>Sélectionner les pixels plus brillants que la médiane de ce nombre d’écarts-types, en gardant la région qui contient la cible.</translation>
    </message>
    <message>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <source>Threshold in standard deviations above the median image level.</source>
        <translation>Seuil en écarts-types au-dessus du niveau médian de l’image.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Use every pixel: maximum flux, but more noise and contamination.</source>
        <translation>Utiliser tous les pixels : flux maximal, mais plus de bruit et de contamination.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every pixel from the aperture, then click or drag to build your own.</source>
        <translation>Retirer tous les pixels de l’ouverture, puis cliquer ou glisser pour construire la vôtre.</translation>
    </message>
    <message>
        <source>Pixel curves</source>
        <translation>Courbes par pixel</translation>
    </message>
    <message>
        <source>Draw each pixel&apos;s own light curve inside its cell: a transit that appears off the target pixels comes from a neighbour.</source>
        <translation>Tracer la courbe de lumière propre à chaque pixel dans sa case : un transit qui apparaît hors des pixels de la cible vient d’une voisine.</translation>
    </message>
    <message>
        <source>Click a pixel to add or remove it from the aperture; drag to paint.</source>
        <translation>Cliquez sur un pixel pour l’ajouter à l’ouverture ou l’en retirer ; glissez pour peindre.</translation>
    </message>
    <message>
        <source>Pause the movie.</source>
        <translation>Mettre le film en pause.</translation>
    </message>
    <message numerus="yes">
        <source>median of %n frames</source>
        <translation>
            <numerusform>médiane de %n image</numerusform>
            <numerusform>médiane de %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> (t = %1 d)</source>
        <translation> (t = %1 j)</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <source>Difference image</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Depth map</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Pixels: the frames. Difference image: out-of-transit minus in-transit flux of the selected candidate; a planet of this star lights up the star, a background binary lights up a neighbour. Depth map: the same divided by each pixel&apos;s flux (ppm).</source>
        <translation>Pixels : les images. Différence : flux hors transit moins flux en transit du candidat sélectionné ; une planète de cette étoile éclaire l’étoile, une binaire d’arrière-plan éclaire une voisine. Profondeur : la même image divisée par le flux de chaque pixel (ppm).</translation>
    </message>
    <message>
        <source>difference image (e-/s)</source>
        <translation>image de différence (e-/s)</translation>
    </message>
    <message>
        <source>depth map (ppm)</source>
        <translation>carte de profondeur (ppm)</translation>
    </message>
</context>
<context>
    <name>exo::ui::PixelView</name>
    <message>
        <source>e-/s</source>
        <translation>e-/s</translation>
    </message>
    <message>
        <source>No pixel data</source>
        <translation>Pas de données de pixels</translation>
    </message>
    <message>
        <source>%1, %2: %3 e-/s, bits %4</source>
        <translation>%1, %2 : %3 e-/s, bits %4</translation>
    </message>
    <message>
        <source>%1, %2: no data, bits %3</source>
        <translation>%1, %2 : pas de données, bits %3</translation>
    </message>
    <message>
        <source>Click to add or remove this pixel from the aperture; drag to paint or erase.</source>
        <translation>Cliquez pour ajouter ce pixel à l’ouverture ou l’en retirer ; glissez pour peindre ou effacer.</translation>
    </message>
</context>
<context>
    <name>exo::ui::StarBrowser</name>
    <message>
        <source>Open files…</source>
        <translation>Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open Kepler, K2 or TESS FITS files: light curves (…llc.fits, …lc.fits) or target pixel files (…lpd-targ.fits, …tp.fits).&lt;/p&gt;&lt;p&gt;You can also drag files from your file manager onto this list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ouvrir des fichiers FITS Kepler, K2 ou TESS : courbes de lumière (…llc.fits, …lc.fits) ou fichiers de pixels de la cible (…lpd-targ.fits, …tp.fits).&lt;/p&gt;&lt;p&gt;Vous pouvez aussi faire glisser des fichiers depuis votre gestionnaire de fichiers sur cette liste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open every FITS file in a folder and its subfolders, e.g. a workshop data set. Files are grouped by star.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ouvrir tous les fichiers FITS d’un dossier et de ses sous-dossiers, p. ex. les données d’un atelier. Les fichiers sont regroupés par étoile.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drop Kepler, K2 or TESS files or folders here, or use Open files…</source>
        <translation>Déposez ici des fichiers ou dossiers Kepler, K2 ou TESS, ou utilisez Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Filter stars…</source>
        <translation>Filtrer les étoiles…</translation>
    </message>
    <message>
        <source>Show only the stars whose name contains this text</source>
        <translation>N’afficher que les étoiles dont le nom contient ce texte</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>light curve</source>
        <translation>courbe de lumière</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Target pixel file: the images; you choose the aperture.</source>
        <translation>Fichier de pixels de la cible : les images ; vous choisissez l’ouverture.</translation>
    </message>
    <message>
        <source>Light curve: brightness measured by the mission pipeline.</source>
        <translation>Courbe de lumière : luminosité mesurée par le pipeline de la mission.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s)</source>
        <translation>
            <numerusform>%1 : %n fichier</numerusform>
            <numerusform>%1 : %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>Searched: %n candidate(s)</source>
        <translation>
            <numerusform>Recherche faite : %n candidat</numerusform>
            <numerusform>Recherche faite : %n candidats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n flagged</source>
        <translation>
            <numerusform>, %n marqué</numerusform>
            <numerusform>, %n marqués</numerusform>
        </translation>
    </message>
    <message>
        <source>Not searched yet</source>
        <translation>Pas encore de recherche</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Copy full path</source>
        <translation>Copier le chemin complet</translation>
    </message>
    <message numerus="yes">
        <source>Remove this star (%n file(s))</source>
        <translation>
            <numerusform>Retirer cette étoile (%n fichier)</numerusform>
            <numerusform>Retirer cette étoile (%n fichiers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exo::ui::Stretch</name>
    <message>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>Square root</source>
        <translation>Racine carrée</translation>
    </message>
    <message>
        <source>Logarithmic</source>
        <translation>Logarithmique</translation>
    </message>
    <message>
        <source>Asinh</source>
        <translation>Asinh</translation>
    </message>
</context>
<context>
    <name>exo::ui::TransitGallery</name>
    <message>
        <source>Select a candidate to see each of its transits.</source>
        <translation>Sélectionnez un candidat pour voir chacun de ses transits.</translation>
    </message>
    <message>
        <source>#%1  %2 ppm  SNR %3</source>
        <translation>#%1  %2 ppm  RSB %3</translation>
    </message>
    <message>
        <source>%1 strongest of %2 transits</source>
        <translation>les %1 plus forts des %2 transits</translation>
    </message>
    <message>
        <source>#%1  %2 ppm</source>
        <translation>#%1  %2 ppm</translation>
    </message>
    <message>
        <source>SNR %1</source>
        <translation>RSB %1</translation>
    </message>
</context>
<context>
    <name>exo::ui::VettingPanel</name>
    <message>
        <source>Check</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Select a candidate to vet it.</source>
        <translation>Sélectionnez un candidat pour le vérifier.</translation>
    </message>
    <message>
        <source>No flag: every test passes.</source>
        <translation>Aucune alerte : tous les tests sont réussis.</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Alertes : %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>FLAG</source>
        <translation>ALERTE</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>%1 ± %2 ppm, SNR %3 over %4 transits</source>
        <translation>%1 ± %2 ppm, RSB %3 sur %4 transits</translation>
    </message>
    <message>
        <source>Odd / even</source>
        <translation>Impairs / pairs</translation>
    </message>
    <message>
        <source>odd %1 ± %2, even %3 ± %4 ppm: %5 σ</source>
        <translation>impairs %1 ± %2, pairs %3 ± %4 ppm : %5 σ</translation>
    </message>
    <message>
        <source>Secondary eclipse</source>
        <translation>Éclipse secondaire</translation>
    </message>
    <message>
        <source>%1 ± %2 ppm at phase 0.5 (%3 σ), albedo %4</source>
        <translation>%1 ± %2 ppm à la phase 0,5 (%3 σ), albédo %4</translation>
    </message>
    <message>
        <source>planet-like</source>
        <translation>type planète</translation>
    </message>
    <message>
        <source>Dip elsewhere</source>
        <translation>Creux ailleurs</translation>
    </message>
    <message>
        <source>strongest %1 ppm (%2 σ) at phase %3</source>
        <translation>le plus fort : %1 ppm (%2 σ) à la phase %3</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Single event</source>
        <translation>Événement unique</translation>
    </message>
    <message>
        <source>strongest transit carries %1 % of the signal</source>
        <translation>le transit le plus fort porte %1 % du signal</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>ingress/total %1 (0 box, 0.5 V), V better by Δχ² %2; fitted %3 h</source>
        <translation>entrée/total %1 (0 créneau, 0,5 V), V meilleur de Δχ² %2 ; durée ajustée %3 h</translation>
    </message>
    <message>
        <source>Sine vs box</source>
        <translation>Sinus / créneau</translation>
    </message>
    <message>
        <source>Δχ² sine %1, box %2</source>
        <translation>Δχ² sinus %1, créneau %2</translation>
    </message>
    <message>
        <source>Companion size</source>
        <translation>Taille du compagnon</translation>
    </message>
    <message>
        <source>%1 Earth radii (star %2 R☉)</source>
        <translation>%1 rayons terrestres (étoile %2 R☉)</translation>
    </message>
    <message>
        <source>Duration vs star</source>
        <translation>Durée attendue</translation>
    </message>
    <message>
        <source>%1 × the %2 h of a central transit</source>
        <translation>%1 × les %2 h d’un transit central</translation>
    </message>
    <message>
        <source>Centroid</source>
        <translation>Centroïde</translation>
    </message>
    <message>
        <source>difference image %1″ (%2 px) from the star, %3 σ over %4 transits</source>
        <translation>image de différence à %1″ (%2 px) de l’étoile, %3 σ sur %4 transits</translation>
    </message>
    <message>
        <source>no pixel file</source>
        <translation>pas de fichier de pixels</translation>
    </message>
    <message>
        <source>too few transits in the pixel files</source>
        <translation>trop peu de transits dans les fichiers de pixels</translation>
    </message>
    <message>
        <source>%1 (%2/%3%4)</source>
        <translation>%1 (%2/%3%4)</translation>
    </message>
    <message>
        <source>, half a period apart</source>
        <translation>, à une demi-période d’écart</translation>
    </message>
    <message>
        <source>Ephemeris match</source>
        <translation>Éphéméride commune</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>white %1 ppm per point, red %2 ppm over the transit (β %3)</source>
        <translation>blanc %1 ppm par point, rouge %2 ppm sur le transit (β %3)</translation>
    </message>
</context>
</TS>
