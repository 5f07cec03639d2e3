<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>MaskRangeCommand</name>
    <message>
        <source>Mask time range</source>
        <translation>Enmascarar intervalo de tiempo</translation>
    </message>
    <message>
        <source>Clear masked ranges</source>
        <translation>Borrar los intervalos enmascarados</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Atípicos</translation>
    </message>
    <message>
        <source>Gap between segments</source>
        <translation>Hueco entre segmentos</translation>
    </message>
    <message>
        <source>Shortest segment</source>
        <translation>Segmento más corto</translation>
    </message>
    <message>
        <source>Masked time ranges</source>
        <translation>Intervalos de tiempo enmascarados</translation>
    </message>
    <message>
        <source>Min period</source>
        <translation>Periodo mín.</translation>
    </message>
    <message>
        <source>Max period</source>
        <translation>Periodo máx.</translation>
    </message>
    <message>
        <source>Oversampling</source>
        <translation>Sobremuestreo</translation>
    </message>
    <message>
        <source>Durations (h)</source>
        <translation>Duraciones (h)</translation>
    </message>
    <message>
        <source>Max planets</source>
        <translation>Planetas máx.</translation>
    </message>
    <message>
        <source>Min SNR</source>
        <translation>SNR mín.</translation>
    </message>
    <message>
        <source>Min SDE</source>
        <translation>SDE mín.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Agrupación</translation>
    </message>
    <message>
        <source>Mark dips below</source>
        <translation>Marcar caídas bajo</translation>
    </message>
    <message>
        <source>Min transits</source>
        <translation>Tránsitos mín.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Flag candidate %1</source>
        <translation>Marcar el candidato %1</translation>
    </message>
    <message>
        <source>Unflag candidate %1</source>
        <translation>Desmarcar el candidato %1</translation>
    </message>
    <message>
        <source>Edit note of candidate %1</source>
        <translation>Editar la nota del candidato %1</translation>
    </message>
    <message>
        <source>Set disposition of candidate %1</source>
        <translation>Fijar la disposición del candidato %1</translation>
    </message>
</context>
<context>
    <name>SessionIO</name>
    <message>
        <source>This is not an ExoWorld session file (format &quot;%1&quot;, expected &quot;%2&quot;).</source>
        <translation>No es un archivo de sesión de ExoWorld (formato «%1», se esperaba «%2»).</translation>
    </message>
    <message>
        <source>The session file has no valid format version.</source>
        <translation>El archivo de sesión no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>This session was written by a newer ExoWorld (format %1); this version reads format %2.</source>
        <translation>Esta sesión la escribió un ExoWorld más reciente (formato %1); esta versión lee el formato %2.</translation>
    </message>
    <message>
        <source>The session file is damaged (&quot;%1&quot; is not a list).</source>
        <translation>El archivo de sesión está dañado («%1» no es una lista).</translation>
    </message>
    <message>
        <source>The session file is damaged (&quot;%1&quot; is not an object).</source>
        <translation>El archivo de sesión está dañado («%1» no es un objeto).</translation>
    </message>
    <message>
        <source>A file entry without a path was dropped.</source>
        <translation>Se descartó una entrada de archivo sin ruta.</translation>
    </message>
    <message>
        <source>Data file not found: %1</source>
        <translation>Archivo de datos no encontrado: %1</translation>
    </message>
    <message>
        <source>The aperture of %1, which is not among the session&apos;s files, was dropped.</source>
        <translation>Se descartó la apertura de %1, que no está entre los archivos de la sesión.</translation>
    </message>
    <message>
        <source>No session file name was given.</source>
        <translation>No se indicó ningún nombre de archivo de sesión.</translation>
    </message>
    <message>
        <source>Cannot write the session file %1: %2</source>
        <translation>No se puede escribir el archivo de sesión %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the session file %1: %2</source>
        <translation>No se puede guardar el archivo de sesión %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the session file %1: %2</source>
        <translation>No se puede abrir el archivo de sesión %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a session file (invalid JSON at offset %2: %3).</source>
        <translation>El archivo %1 no es un archivo de sesión (JSON no válido en la posición %2: %3).</translation>
    </message>
    <message>
        <source>The file %1 is not a session file.</source>
        <translation>El archivo %1 no es un archivo de sesión.</translation>
    </message>
    <message>
        <source>Unknown aperture mode &quot;%1&quot; for %2; using the pipeline aperture.</source>
        <translation>Modo de apertura desconocido «%1» para %2; se usa la apertura del pipeline.</translation>
    </message>
    <message>
        <source>The custom aperture of %1 is damaged; using the pipeline aperture.</source>
        <translation>La apertura personalizada de %1 está dañada; se usa la apertura del pipeline.</translation>
    </message>
    <message>
        <source>The custom aperture of %1 has no mask; using the pipeline aperture.</source>
        <translation>La apertura personalizada de %1 no tiene máscara; se usa la apertura del pipeline.</translation>
    </message>
    <message>
        <source>Unknown flux source &quot;%1&quot;; using the default.</source>
        <translation>Fuente de flujo desconocida «%1»; se usa la predeterminada.</translation>
    </message>
    <message>
        <source>Unknown detrending method &quot;%1&quot;; using the default.</source>
        <translation>Método de eliminación de tendencia desconocido «%1»; se usa el predeterminado.</translation>
    </message>
    <message>
        <source>A damaged masked time range was dropped.</source>
        <translation>Se descartó un intervalo de tiempo enmascarado dañado.</translation>
    </message>
    <message>
        <source>Unknown search objective &quot;%1&quot;; using the default.</source>
        <translation>Objetivo de búsqueda desconocido «%1»; se usa el predeterminado.</translation>
    </message>
    <message>
        <source>The session file is damaged (%1 %2, at most %3 are read).</source>
        <translation>El archivo de sesión está dañado (%1 %2, se leen como máximo %3).</translation>
    </message>
    <message>
        <source>A file entry with an invalid path was dropped.</source>
        <translation>Se descartó una entrada de archivo con una ruta no válida.</translation>
    </message>
    <message numerus="yes">
        <source>%n more data file(s) were not found.</source>
        <translation>
            <numerusform>No se encontró %n archivo de datos más.</numerusform>
            <numerusform>No se encontraron %n archivos de datos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is too large to be a session file (more than %2 MB).</source>
        <translation>El archivo %1 es demasiado grande para ser un archivo de sesión (más de %2 MB).</translation>
    </message>
    <message>
        <source>The file %1 is not a valid session file (%2).</source>
        <translation>El archivo %1 no es un archivo de sesión válido (%2).</translation>
    </message>
    <message>
        <source>The custom aperture of %1 selects no pixel; using the pipeline aperture.</source>
        <translation>La apertura personalizada de %1 no selecciona ningún píxel; se usa la apertura del pipeline.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 masked time ranges were kept.</source>
        <translation>Solo se conservaron los %1 primeros de %2 intervalos de tiempo enmascarados.</translation>
    </message>
    <message>
        <source>The session&apos;s setting “%1” is not valid (%2); the default is used.</source>
        <translation>El ajuste «%1» de la sesión no es válido (%2); se usa el predeterminado.</translation>
    </message>
    <message>
        <source>Preparation settings</source>
        <translation>Ajustes de preparación</translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation>Ajustes de búsqueda</translation>
    </message>
    <message>
        <source>Unknown re-detrending choice &quot;%1&quot;; using the default (masked).</source>
        <translation>Opción de reajuste de la tendencia desconocida «%1»; se usa la predeterminada (tránsitos enmascarados).</translation>
    </message>
    <message>
        <source>Unknown noise model &quot;%1&quot;; using the default (local scatter).</source>
        <translation>Modelo de ruido desconocido «%1»; se usa el predeterminado (dispersión local).</translation>
    </message>
    <message>
        <source>Unusable minimum number of transits &quot;%1&quot;; using the default (%2).</source>
        <translation>Número mínimo de tránsitos no utilizable «%1»; se usa el predeterminado (%2).</translation>
    </message>
</context>
<context>
    <name>SetApertureCommand</name>
    <message>
        <source>Use pipeline aperture</source>
        <translation>Usar la apertura del pipeline</translation>
    </message>
    <message>
        <source>Use threshold aperture</source>
        <translation>Usar la apertura por umbral</translation>
    </message>
    <message>
        <source>Use all pixels</source>
        <translation>Usar todos los píxeles</translation>
    </message>
    <message>
        <source>Edit aperture</source>
        <translation>Editar la apertura</translation>
    </message>
    <message>
        <source>Change aperture threshold</source>
        <translation>Cambiar el umbral de apertura</translation>
    </message>
</context>
<context>
    <name>SetSettingsCommand</name>
    <message>
        <source>Change flux source</source>
        <translation>Cambiar la fuente de flujo</translation>
    </message>
    <message>
        <source>Change quality mask</source>
        <translation>Cambiar la máscara de calidad</translation>
    </message>
    <message>
        <source>Change outlier clipping</source>
        <translation>Cambiar el recorte de valores atípicos</translation>
    </message>
    <message>
        <source>Change detrending method</source>
        <translation>Cambiar el método de eliminación de tendencia</translation>
    </message>
    <message>
        <source>Change detrending window</source>
        <translation>Cambiar la ventana de eliminación de tendencia</translation>
    </message>
    <message>
        <source>Change gap threshold</source>
        <translation>Cambiar el umbral de hueco</translation>
    </message>
    <message>
        <source>Change minimum segment length</source>
        <translation>Cambiar la longitud mínima de segmento</translation>
    </message>
    <message>
        <source>Change masked ranges</source>
        <translation>Cambiar los intervalos enmascarados</translation>
    </message>
    <message>
        <source>Change preparation settings</source>
        <translation>Cambiar los ajustes de preparación</translation>
    </message>
    <message>
        <source>Change period range</source>
        <translation>Cambiar el rango de periodos</translation>
    </message>
    <message>
        <source>Change period oversampling</source>
        <translation>Cambiar el sobremuestreo de periodos</translation>
    </message>
    <message>
        <source>Change transit durations</source>
        <translation>Cambiar las duraciones de tránsito</translation>
    </message>
    <message>
        <source>Change number of planets</source>
        <translation>Cambiar el número de planetas</translation>
    </message>
    <message>
        <source>Change SNR threshold</source>
        <translation>Cambiar el umbral de SNR</translation>
    </message>
    <message>
        <source>Change SDE threshold</source>
        <translation>Cambiar el umbral de SDE</translation>
    </message>
    <message>
        <source>Change search objective</source>
        <translation>Cambiar el objetivo de búsqueda</translation>
    </message>
    <message>
        <source>Change thread count</source>
        <translation>Cambiar el número de hilos</translation>
    </message>
    <message>
        <source>Change search settings</source>
        <translation>Cambiar los ajustes de búsqueda</translation>
    </message>
    <message>
        <source>Change re-detrending</source>
        <translation>Cambiar el reajuste de la tendencia</translation>
    </message>
    <message>
        <source>Change noise model</source>
        <translation>Cambiar el modelo de ruido</translation>
    </message>
    <message>
        <source>Change minimum transits</source>
        <translation>Cambiar los tránsitos mínimos</translation>
    </message>
</context>
<context>
    <name>exo::app</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>la opción %1 necesita un valor</translation>
    </message>
    <message>
        <source>--size expects WxH, e.g. 1366x768</source>
        <translation>--size espera AxA, p. ej. 1366x768</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>--timeout expects whole seconds between 1 and 86400, got %1</source>
        <translation>--timeout espera segundos enteros entre 1 y 86400, se recibió %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>error interno: %1</translation>
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
        <translation>uso: exoworld [ARCHIVO|CARPETA|SESIÓN...] [--screenshot SALIDA.png] [--size AxA]

Abre archivos de Kepler, K2 o TESS (archivos de píxeles o curvas de luz), una carpeta
con ellos o una sesión guardada. Sin archivos, se abre la estrella de demostración.

  --screenshot SALIDA.png  prepara la ventana, ejecuta el pipeline predeterminado con
                           los archivos (o la estrella de demostración), espera los
                           resultados, guarda un PNG y sale (estado de salida más abajo)
  --size AxA               tamaño de la ventana (predeterminado: ajustado a la pantalla)
  --dark                   colores oscuros (estilo Fusion), para ver cómo queda un tema
                           oscuro
  --version                muestra la versión y sale
  --timeout SEGUNDOS       la captura abandona tras este tiempo (predeterminado: 180)
  --workshop-step N        abre el tutorial del taller en el paso N, con los ajustes de
                           los pasos anteriores aplicados (p. ej. para una captura)

Estado de salida del modo captura: 0 hecho; 1 hecho, pero alguna entrada falló (cada
una se indica en stderr); 2 uso incorrecto; 3 no se pudo analizar nada (se muestra el
problema de la entrada: archivo inexistente, ilegible o demasiado corto, carpeta sin
archivos FITS); 4 tiempo agotado; 5 no se pudo escribir el PNG.
</translation>
    </message>
    <message>
        <source>--workshop-step expects a step number, got %1</source>
        <translation>--workshop-step espera un número de paso, recibido %1</translation>
    </message>
</context>
<context>
    <name>exo::app::AnalysisController</name>
    <message>
        <source>Reading files</source>
        <translation>Leyendo los archivos</translation>
    </message>
    <message>
        <source>Measuring the aperture flux</source>
        <translation>Midiendo el flujo de la apertura</translation>
    </message>
    <message>
        <source>Cleaning and detrending</source>
        <translation>Limpieza y eliminación de tendencia</translation>
    </message>
    <message>
        <source>Searching for transits</source>
        <translation>Buscando tránsitos</translation>
    </message>
    <message>
        <source>Vetting candidates</source>
        <translation>Verificando los candidatos</translation>
    </message>
    <message>
        <source>Generating the demo star</source>
        <translation>Generando la estrella de demostración</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>The file&apos;s aperture does not match its pixels and was ignored.</source>
        <translation>La apertura del archivo no coincide con sus píxeles y se ignoró.</translation>
    </message>
    <message>
        <source>The aperture holds no pixel: choose at least one.</source>
        <translation>La apertura no contiene ningún píxel: elija al menos uno.</translation>
    </message>
    <message>
        <source>No pixel lies outside the aperture: the background was not subtracted.</source>
        <translation>Ningún píxel queda fuera de la apertura: no se restó el fondo del cielo.</translation>
    </message>
    <message>
        <source>The median flux is not positive: normalisation is unreliable.</source>
        <translation>El flujo mediano no es positivo: la normalización no es fiable.</translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s) clipped.</source>
        <translation>
            <numerusform>%n valor atípico recortado.</numerusform>
            <numerusform>%n valores atípicos recortados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cadence(s) in segments too short to detrend were left out.</source>
        <translation>
            <numerusform>Se descartó %n cadencia de un segmento demasiado corto para eliminar la tendencia.</numerusform>
            <numerusform>Se descartaron %n cadencias de segmentos demasiado cortos para eliminar la tendencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every segment is shorter than the minimum; all were kept.</source>
        <translation>Todos los segmentos son más cortos que el mínimo; se conservaron todos.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) are shorter than the detrending window.</source>
        <translation>
            <numerusform>%n segmento es más corto que la ventana de eliminación de tendencia.</numerusform>
            <numerusform>%n segmentos son más cortos que la ventana de eliminación de tendencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>A segment has no usable cadence: its trend is undefined (%1).</source>
        <translation>Un segmento no tiene ninguna cadencia utilizable: su tendencia no está definida (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) cover the same stretch of time as the analysed ones and were not analysed: %1</source>
        <translation>
            <numerusform>%n producto cubre el mismo tramo de tiempo que los analizados y no se analizó: %1</numerusform>
            <numerusform>%n productos cubren el mismo tramo de tiempo que los analizados y no se analizaron: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A file was left out: %1</source>
        <translation>Se descartó un archivo: %1</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>se canceló la carga</translation>
    </message>
    <message>
        <source>The aperture&apos;s flux is near zero against its scatter (an almost empty aperture?): the star was not searched. Choose another aperture or flux column.</source>
        <translation>El flujo de la apertura es casi nulo frente a su dispersión (¿una apertura casi vacía?): no se buscó en la estrella. Elija otra apertura u otra columna de flujo.</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) deeper than 100 % of the flux were refused as candidates.</source>
        <translation>
            <numerusform>%n señal más profunda que el 100 % del flujo se rechazó como candidata.</numerusform>
            <numerusform>%n señales más profundas que el 100 % del flujo se rechazaron como candidatas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exo::app::CandidateExportDialog</name>
    <message>
        <source>Export Candidates</source>
        <translation>Exportar los candidatos</translation>
    </message>
    <message>
        <source>This star</source>
        <translation>Esta estrella</translation>
    </message>
    <message>
        <source>Every star in the store</source>
        <translation>Todas las estrellas de la base</translation>
    </message>
    <message>
        <source>Candidates of:</source>
        <translation>Candidatos de:</translation>
    </message>
    <message>
        <source>Flagged candidates only</source>
        <translation>Solo los candidatos marcados</translation>
    </message>
    <message>
        <source>CSV (KOI-like columns)</source>
        <translation>CSV (columnas de tipo KOI)</translation>
    </message>
    <message>
        <source>JSON (full provenance, for a reviewer)</source>
        <translation>JSON (procedencia completa, para un revisor)</translation>
    </message>
    <message>
        <source>ExoFOP-TESS CTOI upload file (TESS targets)</source>
        <translation>Archivo de envío CTOI para ExoFOP-TESS (objetivos TESS)</translation>
    </message>
    <message>
        <source>PDF report (one vetting sheet per candidate)</source>
        <translation>Informe PDF (una ficha de verificación por candidato)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>The PDF report recomputes each candidate&apos;s light curves from its files.</source>
        <translation>El informe PDF vuelve a calcular las curvas de luz de cada candidato a partir de sus archivos.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>ExoFOP upload files (*.txt)</source>
        <translation>Archivos de envío a ExoFOP (*.txt)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>exo::app::ErrorListDialog</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <source>Copy every problem as text, one per line (to paste into a report)</source>
        <translation>Copiar todos los problemas como texto, uno por línea (para pegarlos en un informe)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Ningún problema.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) since the list was last cleared. Hover a file name for its full path.</source>
        <translation>
            <numerusform>%n problema desde que se vació la lista. Pase el ratón sobre un nombre de archivo para ver su ruta completa.</numerusform>
            <numerusform>%n problemas desde que se vació la lista. Pase el ratón sobre un nombre de archivo para ver su ruta completa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exo::app::ExportPlotDialog</name>
    <message>
        <source>Export Plot</source>
        <translation>Exportar un gráfico</translation>
    </message>
    <message>
        <source>Which plot do you want to save?</source>
        <translation>¿Qué gráfico quiere guardar?</translation>
    </message>
    <message>
        <source>All of them, as one figure</source>
        <translation>Todos, en una sola figura</translation>
    </message>
    <message>
        <source>&lt;small&gt;The next step asks for a file name; choose PNG, PDF or SVG there.&lt;/small&gt;</source>
        <translation>&lt;small&gt;El paso siguiente pide un nombre de archivo; elija allí PNG, PDF o SVG.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Elegir archivo…</translation>
    </message>
</context>
<context>
    <name>exo::app::FindStarDialog</name>
    <message>
        <source>Find Star Online</source>
        <translation>Buscar una estrella en línea</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 of %3)…</source>
        <translation>Descargando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Kepler-11, TOI-700, WASP-126, KIC 9002278, TIC 25155310, or RA Dec in degrees</source>
        <translation>Kepler-11, TOI-700, WASP-126, KIC 9002278, TIC 25155310, o AR Dec en grados</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Star:</source>
        <translation>Estrella:</translation>
    </message>
    <message>
        <source>Mission:</source>
        <translation>Misión:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
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
        <translation>Producto:</translation>
    </message>
    <message>
        <source>Light curve</source>
        <translation>Curva de luz</translation>
    </message>
    <message>
        <source>Pixel file</source>
        <translation>Archivo de píxeles</translation>
    </message>
    <message>
        <source>FFI cut-out</source>
        <translation>Recorte FFI</translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation>Cadencia:</translation>
    </message>
    <message>
        <source>Long (30 min)</source>
        <translation>Larga (30 min)</translation>
    </message>
    <message>
        <source>Short (1 min)</source>
        <translation>Corta (1 min)</translation>
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
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Cut-out size:</source>
        <translation>Tamaño de recorte:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Side of a TESS full-frame-image cut-out (TESScut); applies to the next search</source>
        <translation>Lado de un recorte de imagen de campo completo de TESS (TESScut); se aplica a la próxima búsqueda</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadencia</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En caché</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>This file:</source>
        <translation>Este archivo:</translation>
    </message>
    <message>
        <source>All files:</source>
        <translation>Todos los archivos:</translation>
    </message>
    <message>
        <source>&amp;Download and Open</source>
        <translation>&amp;Descargar y abrir</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>&amp;Cancelar la descarga</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Already downloaded (open without network)</source>
        <translation>Ya descargados (se abren sin red)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Type a star name, a KIC/EPIC/TIC number or coordinates.</source>
        <translation>Escriba un nombre de estrella, un número KIC/EPIC/TIC o unas coordenadas.</translation>
    </message>
    <message>
        <source>Searching MAST for %1…</source>
        <translation>Buscando %1 en MAST…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n product(s)</source>
        <translation>
            <numerusform>%1: %n producto</numerusform>
            <numerusform>%1: %n productos</numerusform>
        </translation>
    </message>
    <message>
        <source> (from the cache)</source>
        <translation> (desde la caché)</translation>
    </message>
    <message>
        <source>FFI cut-out %1×%1</source>
        <translation>Recorte FFI %1×%1</translation>
    </message>
    <message>
        <source>long (30 min)</source>
        <translation>larga (30 min)</translation>
    </message>
    <message>
        <source>short (1 min)</source>
        <translation>corta (1 min)</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <source>Select the products to download first.</source>
        <translation>Seleccione primero los productos que descargar.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) ready.</source>
        <translation>
            <numerusform>%n archivo listo.</numerusform>
            <numerusform>%n archivos listos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed: %1</source>
        <translation>
            <numerusform>Falló %n archivo: %1</numerusform>
            <numerusform>Fallaron %n archivos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Download cancelled; a partial file is kept and resumes next time.</source>
        <translation>Descarga cancelada; el archivo parcial se conserva y se reanudará la próxima vez.</translation>
    </message>
</context>
<context>
    <name>exo::app::MainWindow</name>
    <message>
        <source>Open a star: File &gt; Open, or drop Kepler/K2/TESS files here.</source>
        <translation>Abra una estrella: Archivo &gt; Abrir, o suelte aquí archivos de Kepler/K2/TESS.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Normalised flux</source>
        <translation>Flujo normalizado</translation>
    </message>
    <message>
        <source>The star&apos;s brightness through the aperture, with the fitted trend.
Wheel: zoom. Drag: pan. Shift+drag: box zoom. Double-click: reset. Click a point to see its pixels. To hide a time range from the analysis, switch on the Mask time range tool (toolbar or Ctrl+M) and drag across it.</source>
        <translation>El brillo de la estrella a través de la apertura, con la tendencia ajustada.
Rueda: zoom. Arrastrar: desplazar. Mayús+arrastrar: zoom a un rectángulo. Doble clic: restablecer. Haga clic en un punto para ver sus píxeles. Para excluir un intervalo de tiempo del análisis, active la herramienta Enmascarar intervalo de tiempo (barra de herramientas o Ctrl+M) y arrastre sobre él.</translation>
    </message>
    <message>
        <source>Flattened flux</source>
        <translation>Flujo aplanado</translation>
    </message>
    <message>
        <source>The light curve divided by its trend: transits show up as short dips.</source>
        <translation>La curva de luz dividida por su tendencia: los tránsitos aparecen como caídas breves.</translation>
    </message>
    <message>
        <source>Transit search (BLS) power against trial period. Click a peak to fold on it.</source>
        <translation>Potencia de la búsqueda de tránsitos (BLS) frente al periodo de prueba. Haga clic en un pico para plegar la curva en ese periodo.</translation>
    </message>
    <message>
        <source>The flattened light curve folded on the period: every transit stacked on top of each other. Odd and even transits are drawn in different colours.</source>
        <translation>La curva aplanada plegada en el periodo: todos los tránsitos superpuestos. Los tránsitos pares e impares se dibujan en colores distintos.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the computation that is running (Esc)</source>
        <translation>Detener el cálculo en curso (Esc)</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Abrir archivos…</translation>
    </message>
    <message>
        <source>Open Kepler, K2 or TESS pixel files or light curves (.fits, .fits.gz)</source>
        <translation>Abrir archivos de píxeles o curvas de luz de Kepler, K2 o TESS (.fits, .fits.gz)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Archivos &amp;recientes</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>Abrir una &amp;sesión…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>&amp;Guardar la sesión</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Guardar la sesión &amp;como…</translation>
    </message>
    <message>
        <source>Export &amp;Plot…</source>
        <translation>Exportar un &amp;gráfico…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Light Curve…</source>
        <translation>Exportar la &amp;curva de luz…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Mask Time Range</source>
        <translation>&amp;Enmascarar intervalo de tiempo</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Clear &amp;Masked Ranges</source>
        <translation>Borrar los intervalos en&amp;mascarados</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show &amp;Flagged Cadences</source>
        <translation>Mostrar las cadencias &amp;marcadas</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Show cadences that the mission&apos;s quality flags mark as suspect</source>
        <translation>Mostrar las cadencias que los indicadores de calidad de la misión marcan como sospechosas</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer el zoom</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;Problemas…</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>Run &amp;Search</source>
        <translation>Ejecutar la &amp;búsqueda</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Next Quarter/Sector</source>
        <translation>Trimestre/sector &amp;siguiente</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>&amp;Previous Quarter/Sector</source>
        <translation>Trimestre/sector &amp;anterior</translation>
    </message>
    <message>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Quick Start</source>
        <translation>&amp;Inicio rápido</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>Inicio rápido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Find a planet in four steps&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Open a star (File &amp;gt; Open). Its pixels appear on the left, its light curve on the right.&lt;/li&gt;&lt;li&gt;Click pixels to add or remove them from the aperture; the light curve follows.&lt;/li&gt;&lt;li&gt;The transit search runs by itself. Click the highest peak of the periodogram.&lt;/li&gt;&lt;li&gt;The folded view shows the transit. Flag convincing candidates in the list.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;Encontrar un planeta en cuatro pasos&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Abra una estrella (Archivo &amp;gt; Abrir). Sus píxeles aparecen a la izquierda y su curva de luz a la derecha.&lt;/li&gt;&lt;li&gt;Haga clic en los píxeles para añadirlos a la apertura o quitarlos; la curva de luz se actualiza.&lt;/li&gt;&lt;li&gt;La búsqueda de tránsitos se ejecuta sola. Haga clic en el pico más alto del periodograma.&lt;/li&gt;&lt;li&gt;La vista plegada muestra el tránsito. Marque en la lista los candidatos convincentes.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&amp;About ExoWorld Explorer</source>
        <translation>&amp;Acerca de ExoWorld Explorer</translation>
    </message>
    <message>
        <source>About ExoWorld Explorer</source>
        <translation>Acerca de ExoWorld Explorer</translation>
    </message>
    <message>
        <source>&lt;b&gt;ExoWorld Explorer %1&lt;/b&gt;&lt;p&gt;Hunt transiting exoplanets in Kepler, K2 and TESS data.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ExoWorld Explorer %1&lt;/b&gt;&lt;p&gt;Busque exoplanetas en tránsito en los datos de Kepler, K2 y TESS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not generate the demo star in %1</source>
        <translation>No se pudo generar la estrella de demostración en %1</translation>
    </message>
    <message>
        <source>No FITS files in this folder</source>
        <translation>No hay archivos FITS en esta carpeta</translation>
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
        <translation>Generando la estrella de demostración…</translation>
    </message>
    <message>
        <source>ExoWorld Explorer</source>
        <translation>ExoWorld Explorer</translation>
    </message>
    <message>
        <source>Open Kepler, K2 or TESS files</source>
        <translation>Abrir archivos de Kepler, K2 o TESS</translation>
    </message>
    <message>
        <source>FITS files (*.fits *.fits.gz *.fit);;Warp 10 GTS (*.gts);;Sessions (*.exoworld);;All files (*)</source>
        <translation>Archivos FITS (*.fits *.fits.gz *.fit);;Warp 10 GTS (*.gts);;Sesiones (*.exoworld);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a folder of FITS files</source>
        <translation>Abrir una carpeta de archivos FITS</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar la sesión</translation>
    </message>
    <message>
        <source>ExoWorld sessions (*.exoworld)</source>
        <translation>Sesiones de ExoWorld (*.exoworld)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir una sesión</translation>
    </message>
    <message>
        <source>ExoWorld sessions (*.exoworld *.exoworld.json)</source>
        <translation>Sesiones de ExoWorld (*.exoworld *.exoworld.json)</translation>
    </message>
    <message>
        <source>Unsaved analysis</source>
        <translation>Análisis sin guardar</translation>
    </message>
    <message>
        <source>Save the session before closing?</source>
        <translation>¿Guardar la sesión antes de cerrar?</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Open Kepler, K2 or TESS files (Ctrl+O)</source>
        <translation>Abrir archivos de Kepler, K2 o TESS (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open every FITS file of a folder (Ctrl+Shift+O)</source>
        <translation>Abrir todos los archivos FITS de una carpeta (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <source>Save the session: files, apertures, settings and your flags (Ctrl+S)</source>
        <translation>Guardar la sesión: archivos, aperturas, ajustes y sus marcas (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo the last change of aperture, settings or masked ranges (Ctrl+Z)</source>
        <translation>Deshacer el último cambio de apertura, ajustes o intervalos enmascarados (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Rehacer (Ctrl+Mayús+Z o Ctrl+Y)</translation>
    </message>
    <message>
        <source>Run the transit search now (Ctrl+R)</source>
        <translation>Ejecutar ahora la búsqueda de tránsitos (Ctrl+R)</translation>
    </message>
    <message>
        <source>Save a plot, or all of them as one figure, as PNG, PDF or SVG (Ctrl+E)</source>
        <translation>Guardar un gráfico, o todos en una sola figura, en PNG, PDF o SVG (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show the whole light curve again (Ctrl+0)</source>
        <translation>Volver a mostrar toda la curva de luz (Ctrl+0)</translation>
    </message>
    <message>
        <source>Mask time range: while this is on, drag across a light curve to leave that stretch out of the analysis (undoable)</source>
        <translation>Enmascarar intervalo de tiempo: mientras esté activa, arrastre sobre una curva de luz para excluir ese tramo del análisis (se puede deshacer)</translation>
    </message>
    <message>
        <source>Show every file that could not be opened and why</source>
        <translation>Mostrar cada archivo que no se pudo abrir y por qué</translation>
    </message>
    <message>
        <source>Mask time range: drag across a light curve to hide that stretch from the analysis. Click the tool again to pan and zoom.</source>
        <translation>Enmascarar intervalo de tiempo: arrastre sobre una curva de luz para excluir ese tramo del análisis. Vuelva a hacer clic en la herramienta para desplazar y hacer zoom.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>P = %1 d · T0 = %2 %3</source>
        <translation>P = %1 d · T0 = %2 %3</translation>
    </message>
    <message>
        <source> · depth %1 ppm</source>
        <translation> · profundidad %1 ppm</translation>
    </message>
    <message>
        <source>Opening the files…</source>
        <translation>Abriendo los archivos…</translation>
    </message>
    <message>
        <source>Nothing could be opened. The list of problems says why (View &gt; Problems).</source>
        <translation>No se pudo abrir nada. La lista de problemas explica por qué (Ver &gt; Problemas).</translation>
    </message>
    <message>
        <source>Open a star to see its light curve: File &gt; Open, the toolbar, or drop Kepler, K2 or TESS files on the Stars list.</source>
        <translation>Abra una estrella para ver su curva de luz: Archivo &gt; Abrir, la barra de herramientas, o suelte archivos de Kepler, K2 o TESS en la lista de estrellas.</translation>
    </message>
    <message>
        <source>Preparing the light curve…</source>
        <translation>Preparando la curva de luz…</translation>
    </message>
    <message>
        <source>The flattened light curve, with the star&apos;s slow changes removed, appears here.</source>
        <translation>Aquí aparece la curva de luz aplanada, sin las variaciones lentas de la estrella.</translation>
    </message>
    <message>
        <source>The transit search runs once a light curve is ready; its periodogram appears here.</source>
        <translation>La búsqueda de tránsitos se ejecuta en cuanto una curva de luz está lista; su periodograma aparece aquí.</translation>
    </message>
    <message>
        <source>Click a periodogram peak or a candidate to fold the light curve on its period.</source>
        <translation>Haga clic en un pico del periodograma o en un candidato para plegar la curva de luz en su periodo.</translation>
    </message>
    <message>
        <source>Light curve (raw, with trend)</source>
        <translation>Curva de luz (bruta, con tendencia)</translation>
    </message>
    <message>
        <source>Flattened light curve</source>
        <translation>Curva de luz aplanada</translation>
    </message>
    <message>
        <source>Periodogram</source>
        <translation>Periodograma</translation>
    </message>
    <message>
        <source>Folded transit</source>
        <translation>Tránsito plegado</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exportar un gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Documento PDF (*.pdf);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>ExoWorld Explorer will use the new language the next time it starts.</source>
        <translation>ExoWorld Explorer usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Pixel column %1, row %2: %3 e-/s, aperture bits %4</source>
        <translation>Píxel columna %1, fila %2: %3 e-/s, bits de apertura %4</translation>
    </message>
    <message>
        <source>Time (%1 = BJD − %2)</source>
        <translation>Tiempo (%1 = BJD − %2)</translation>
    </message>
    <message>
        <source>%1 cadences: %2 flagged by quality, %3 clipped, %4 masked by you</source>
        <translation>%1 cadencias: %2 marcadas por calidad, %3 recortadas, %4 enmascaradas por usted</translation>
    </message>
    <message>
        <source>BLS power</source>
        <translation>Potencia BLS</translation>
    </message>
    <message>
        <source>SDE</source>
        <translation>SDE</translation>
    </message>
    <message>
        <source>Search done: %1 trial periods in %2 s, %3 candidate(s)</source>
        <translation>Búsqueda terminada: %1 periodos de prueba en %2 s, %3 candidato(s)</translation>
    </message>
    <message>
        <source>Export light curve</source>
        <translation>Exportar la curva de luz</translation>
    </message>
    <message>
        <source>Open a star first.</source>
        <translation>Abra primero una estrella.</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;FITS light curve (*.fits)</source>
        <translation>Tabla CSV (*.csv);;Curva de luz FITS (*.fits)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>%1could not prepare the light curve: %2</source>
        <translation>%1no se pudo preparar la curva de luz: %2</translation>
    </message>
    <message>
        <source>%1the transit search failed: %2</source>
        <translation>%1la búsqueda de tránsitos falló: %2</translation>
    </message>
    <message>
        <source>Candidate store: %1</source>
        <translation>Base de candidatos: %1</translation>
    </message>
    <message>
        <source>Export &amp;Candidates…</source>
        <translation>Exportar los candi&amp;datos…</translation>
    </message>
    <message>
        <source>&amp;Import Candidates…</source>
        <translation>&amp;Importar candidatos…</translation>
    </message>
    <message>
        <source>The candidate store cannot be opened: %1</source>
        <translation>No se puede abrir la base de candidatos: %1</translation>
    </message>
    <message>
        <source>No candidate to export (nothing saved yet, or none flagged).</source>
        <translation>Ningún candidato que exportar (aún no se ha guardado nada, o ninguno está marcado).</translation>
    </message>
    <message>
        <source>Export Candidates</source>
        <translation>Exportar los candidatos</translation>
    </message>
    <message>
        <source>None of these candidates is a TESS target with an epoch in BJD.</source>
        <translation>Ninguno de estos candidatos es un objetivo TESS con una época en BJD.</translation>
    </message>
    <message>
        <source>Cannot export the candidates to %1: %2</source>
        <translation>No se pueden exportar los candidatos a %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n candidate(s) to %1</source>
        <translation>
            <numerusform>%n candidato exportado a %1</numerusform>
            <numerusform>%n candidatos exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Candidates (attendees&apos; JSON exports)</source>
        <translation>Importar candidatos (exportaciones JSON de los participantes)</translation>
    </message>
    <message>
        <source>JSON exports (*.json)</source>
        <translation>Exportaciones JSON (*.json)</translation>
    </message>
    <message>
        <source>No candidate export could be read:
%1</source>
        <translation>No se pudo leer ninguna exportación de candidatos:
%1</translation>
    </message>
    <message numerus="yes">
        <source>timed out after %n second(s) waiting for the pipeline (--timeout)</source>
        <translation>
            <numerusform>tiempo agotado tras %n segundo de espera al pipeline (--timeout)</numerusform>
            <numerusform>tiempo agotado tras %n segundos de espera al pipeline (--timeout)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not write the screenshot</source>
        <translation>%1: no se pudo escribir la captura de pantalla</translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>All stars</source>
        <translation>Todas las estrellas</translation>
    </message>
    <message numerus="yes">
        <source>Search All Stars cancelled after %n star(s).</source>
        <translation>
            <numerusform>Búsqueda en todas las estrellas cancelada tras %n estrella.</numerusform>
            <numerusform>Búsqueda en todas las estrellas cancelada tras %n estrellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched %n star(s) in %1 s.</source>
        <translation>
            <numerusform>%n estrella buscada en %1 s.</numerusform>
            <numerusform>%n estrellas buscadas en %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search &amp;All Stars</source>
        <translation>Buscar en &amp;todas las estrellas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Run the pipeline on every star of the list, in the background</source>
        <translation>Ejecutar el análisis en cada estrella de la lista, en segundo plano</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <source>A guided tutorial: from a star&apos;s raw flux to an exported planet candidate</source>
        <translation>Un tutorial guiado: del flujo bruto de una estrella a un candidato a planeta exportado</translation>
    </message>
    <message>
        <source>Open stars first (File &gt; Open Folder).</source>
        <translation>Abra primero estrellas (Archivo &gt; Abrir carpeta).</translation>
    </message>
    <message>
        <source>No candidate to export.</source>
        <translation>Ningún candidato para exportar.</translation>
    </message>
</context>
<context>
    <name>exo::app::MainWindowArchive</name>
    <message>
        <source>Find Star &amp;Online…</source>
        <translation>Buscar una estrella en &amp;línea…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Search MAST for a star by name and download its Kepler, K2 or TESS data</source>
        <translation>Buscar una estrella por su nombre en MAST y descargar sus datos de Kepler, K2 o TESS</translation>
    </message>
    <message>
        <source>Mark as Known Planet (%1)</source>
        <translation>Clasificar como planeta conocido (%1)</translation>
    </message>
    <message>
        <source>Candidate %1 marked as the known planet %2</source>
        <translation>Candidato %1 clasificado como el planeta conocido %2</translation>
    </message>
    <message>
        <source>Known planets of %1 unavailable: %2</source>
        <translation>Planetas conocidos de %1 no disponibles: %2</translation>
    </message>
    <message>
        <source>%1 (known planet)</source>
        <translation>%1 (planeta conocido)</translation>
    </message>
</context>
<context>
    <name>exo::app::ResultsBrowser</name>
    <message>
        <source>Batch Results</source>
        <translation>Resultados del lote</translation>
    </message>
    <message>
        <source>Filter stars (name, status or flag)…</source>
        <translation>Filtrar estrellas (nombre, estado o alerta)…</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Estrella</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Best period (d)</source>
        <translation>Mejor periodo (d)</translation>
    </message>
    <message>
        <source>SNR</source>
        <translation>SNR</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Double-click a star to open its files in the window.</source>
        <translation>Haga doble clic en una estrella para abrir sus archivos en la ventana.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Period (d)</source>
        <translation>Periodo (d)</translation>
    </message>
    <message>
        <source>T0 (BJD)</source>
        <translation>T0 (BJD)</translation>
    </message>
    <message>
        <source>Duration (h)</source>
        <translation>Duración (h)</translation>
    </message>
    <message>
        <source>Depth (ppm)</source>
        <translation>Profundidad (ppm)</translation>
    </message>
    <message>
        <source>SDE</source>
        <translation>SDE</translation>
    </message>
    <message>
        <source>Transits</source>
        <translation>Tránsitos</translation>
    </message>
    <message>
        <source>Vetting flags</source>
        <translation>Alertas de verificación</translation>
    </message>
    <message>
        <source>Double-click a candidate to open its star in the window.</source>
        <translation>Haga doble clic en un candidato para abrir su estrella en la ventana.</translation>
    </message>
    <message>
        <source>&amp;Open Star</source>
        <translation>&amp;Abrir la estrella</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Cannot open the batch results %1: %2</source>
        <translation>No se pueden abrir los resultados del lote %1: %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n star(s), %2 with errors, %3 candidate(s).</source>
        <translation>
            <numerusform>%1: %n estrella, %2 con errores, %3 candidato(s).</numerusform>
            <numerusform>%1: %n estrellas, %2 con errores, %3 candidato(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Loading</source>
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
</context>
<context>
    <name>exo::app::ResultsBrowserLink</name>
    <message>
        <source>Open Batch &amp;Results…</source>
        <translation>Abrir &amp;resultados de lote…</translation>
    </message>
    <message>
        <source>Browse the stars and candidates of an exoworld-cli batch run</source>
        <translation>Explorar las estrellas y los candidatos de un lote de exoworld-cli batch</translation>
    </message>
    <message>
        <source>Open Batch Results</source>
        <translation>Abrir resultados de lote</translation>
    </message>
    <message>
        <source>Batch results (results.sqlite *.sqlite);;All files (*)</source>
        <translation>Resultados de lote (results.sqlite *.sqlite);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>exo::app::ReviewDialog</name>
    <message>
        <source>Review of Imported Candidates</source>
        <translation>Revisión de los candidatos importados</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Period (d)</source>
        <translation>Periodo (d)</translation>
    </message>
    <message>
        <source>T0 (BJD)</source>
        <translation>T0 (BJD)</translation>
    </message>
    <message>
        <source>Depth (ppm)</source>
        <translation>Profundidad (ppm)</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Hallado por</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Their dispositions</source>
        <translation>Sus disposiciones</translation>
    </message>
    <message>
        <source>Final disposition</source>
        <translation>Disposición final</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <source>Export Merged Table…</source>
        <translation>Exportar la tabla combinada…</translation>
    </message>
    <message>
        <source>Not imported:
%1</source>
        <translation>No importados:
%1</translation>
    </message>
    <message>
        <source>%1 candidate(s) from %2 attendee export(s), grouped into %3 signal(s). The same signal (same star, period equal within 0.1 % or at a small-integer ratio, consistent epochs) is one row.</source>
        <translation>%1 candidato(s) de %2 exportación(es) de participantes, agrupado(s) en %3 señal(es). Una misma señal (misma estrella, periodo igual con un margen del 0,1 % o en una razón de enteros pequeños, épocas coherentes) ocupa una fila.</translation>
    </message>
    <message numerus="yes">
        <source>found by %n attendee(s)</source>
        <translation>
            <numerusform>hallado por %n participante</numerusform>
            <numerusform>hallado por %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export Merged Table</source>
        <translation>Exportar la tabla combinada</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Archivos CSV (*.csv);;Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>exo::app::SearchAllStars</name>
    <message>
        <source>Star</source>
        <translation>Estrella</translation>
    </message>
    <message>
        <source>Best period (d)</source>
        <translation>Mejor periodo (d)</translation>
    </message>
    <message>
        <source>SNR</source>
        <translation>SNR</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Run the search on every star of the list again, with the Pipeline panel&apos;s settings</source>
        <translation>Volver a buscar en cada estrella de la lista, con los ajustes del panel Pipeline</translation>
    </message>
    <message>
        <source>Click a column title to sort; click a row to open that star.</source>
        <translation>Haga clic en el título de una columna para ordenar; haga clic en una fila para abrir esa estrella.</translation>
    </message>
    <message>
        <source>searched in %1 s</source>
        <translation>buscada en %1 s</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>No search yet.</source>
        <translation>Todavía no hay búsqueda.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Searching: %1 of %2 stars done (%3)…</source>
        <translation>Buscando: %1 de %2 estrellas hechas (%3)…</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 stars (%3).</source>
        <translation>Cancelada tras %1 de %2 estrellas (%3).</translation>
    </message>
    <message>
        <source>%1 stars searched in %2. Click a row to open the star.</source>
        <translation>%1 estrellas buscadas en %2. Haga clic en una fila para abrir la estrella.</translation>
    </message>
</context>
<context>
    <name>exo::app::VettingController</name>
    <message>
        <source>Each transit of the selected candidate on one flux scale, with the box of the fold: a signal made by one event, or deeper odd than even events, shows here.</source>
        <translation>Cada tránsito del candidato seleccionado en una misma escala de flujo, con la caja del plegado: aquí se ve una señal debida a un solo evento, o eventos impares más profundos que los pares.</translation>
    </message>
    <message>
        <source>Select a candidate to vet it.</source>
        <translation>Seleccione un candidato para verificarlo.</translation>
    </message>
    <message>
        <source>Vetting candidate %1…</source>
        <translation>Verificando el candidato %1…</translation>
    </message>
    <message>
        <source>Candidate %1 cannot be vetted: %2</source>
        <translation>El candidato %1 no se puede verificar: %2</translation>
    </message>
    <message>
        <source>Candidate %1: P = %2 d, %3 h</source>
        <translation>Candidato %1: P = %2 d, %3 h</translation>
    </message>
    <message>
        <source>star</source>
        <translation>estrella</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>señal</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>catálogo</translation>
    </message>
</context>
<context>
    <name>exo::app::WorkshopController</name>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Creating the workshop folder in %1…</source>
        <translation>Creando la carpeta del taller en %1…</translation>
    </message>
    <message>
        <source>The workshop folder could not be created: %1</source>
        <translation>No se pudo crear la carpeta del taller: %1</translation>
    </message>
    <message>
        <source>Workshop folder: %1 (the answer key is in its instructor folder).</source>
        <translation>Carpeta del taller: %1 (las soluciones están en su carpeta instructor).</translation>
    </message>
</context>
<context>
    <name>exo::app::WorkshopPanel</name>
    <message>
        <source>Create and open the workshop folder</source>
        <translation>Crear y abrir la carpeta del taller</translation>
    </message>
    <message>
        <source>Generates 30 stars (Kepler and TESS light curves, a pixel file) and the instructor&apos;s answer key into a folder you choose, then opens it.</source>
        <translation>Genera 30 estrellas (curvas de luz de Kepler y TESS, un archivo de píxeles) y las soluciones del instructor en la carpeta del taller, y luego la abre.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>All done.</source>
        <translation>Todo hecho.</translation>
    </message>
    <message>
        <source>✓ Done — click Next.</source>
        <translation>✓ Hecho — haga clic en Siguiente.</translation>
    </message>
    <message>
        <source>Waiting for you to do it… (the highlighted control)</source>
        <translation>Le toca a usted… (el control resaltado)</translation>
    </message>
</context>
<context>
    <name>exo::app::WorkshopSteps</name>
    <message>
        <source>Welcome to the workshop</source>
        <translation>Bienvenido al taller</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the HelloExoWorld workshop we found the planets of Kepler-11 step by step: raw flux, split, bin, trend, subtract, threshold, then the same on every star. Here you replay it on generated stars, offline, and then go further: the real transit search, the fold, vetting, flagging and export.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; click &lt;i&gt;Create and open the workshop folder&lt;/i&gt; below (30 stars, a few seconds), or open a workshop folder you already have with File &amp;gt; Open Folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En el taller HelloExoWorld encontramos los planetas de Kepler-11 paso a paso: flujo bruto, corte, agrupación, tendencia, resta, umbral, y luego lo mismo en cada estrella. Aquí lo repite con estrellas generadas, sin conexión, y después va más allá: la verdadera búsqueda de tránsitos, el plegado, la verificación, el marcado y la exportación.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Haga:&lt;/b&gt; clic en &lt;i&gt;Crear y abrir la carpeta del taller&lt;/i&gt; aquí abajo (30 estrellas, unos segundos), o abra una carpeta de taller que ya tenga con Archivo &amp;gt; Abrir una carpeta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the first star</source>
        <translation>Abrir la primera estrella</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; every analysis starts with one star. Star 01 is a Kepler-11 analogue: a Sun-like star with six transiting planets, observed for four Kepler quarters.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; in the &lt;i&gt;Stars&lt;/i&gt; list, click &lt;b&gt;%1&lt;/b&gt;. Its light curve appears on the right. The workshop starts from the raw light curve: it switches splitting, binning and detrending off (you can undo that with Ctrl+Z).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; todo análisis empieza por una estrella. La estrella 01 es un análogo de Kepler-11: una estrella parecida al Sol con seis planetas en tránsito, observada durante cuatro trimestres de Kepler.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Haga:&lt;/b&gt; en la lista &lt;i&gt;Estrellas&lt;/i&gt;, clic en &lt;b&gt;%1&lt;/b&gt;. Su curva de luz aparece a la derecha. El taller parte de la curva de luz bruta: desactiva el corte, la agrupación y la eliminación de tendencia (Ctrl+Z lo deshace).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Look at its SAP flux</source>
        <translation>Mirar su flujo SAP</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; SAP is the plain sum of the pixels around the star. It still carries the instrument&apos;s trends: slow drifts, and ramps after each gap while the telescope warms up. PDCSAP has most of them removed by the mission&apos;s pipeline; the workshop started from SAP to see what a trend is.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; in the &lt;i&gt;Pipeline&lt;/i&gt; panel, set &lt;b&gt;Flux&lt;/b&gt; to &lt;b&gt;SAP&lt;/b&gt;. Look at the top plot: the drifts and the jumps at the gaps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; SAP es la simple suma de los píxeles alrededor de la estrella. Todavía lleva las tendencias del instrumento: derivas lentas, y rampas tras cada hueco mientras el telescopio se calienta. El pipeline de la misión quitó la mayoría en PDCSAP; el taller partía de SAP para ver qué es una tendencia.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Haga:&lt;/b&gt; en el panel &lt;i&gt;Pipeline&lt;/i&gt;, ponga &lt;b&gt;Flujo&lt;/b&gt; en &lt;b&gt;SAP&lt;/b&gt;. Mire el gráfico de arriba: las derivas y los saltos en los huecos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Split at the gaps</source>
        <translation>Cortar en los huecos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; the telescope stops observing now and then (data downlinks, safe modes). A trend fitted across a gap mixes two different stretches, so the light curve is cut where nothing was measured for more than 6 hours, and pieces too short to tell a trend from a transit (fewer than 100 points) are dropped.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; under &lt;i&gt;Split, bin, dips&lt;/i&gt;, set &lt;b&gt;Split at gaps&lt;/b&gt; to &lt;b&gt;6 h&lt;/b&gt; and &lt;b&gt;Shortest piece&lt;/b&gt; to &lt;b&gt;100 points&lt;/b&gt;. A short piece near the end of each quarter disappears.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; el telescopio deja de observar de vez en cuando (descargas de datos, modos seguros). Una tendencia ajustada a través de un hueco mezcla dos tramos distintos, así que la curva se corta donde no se midió nada durante más de 6 horas, y se descartan los tramos demasiado cortos para distinguir una tendencia de un tránsito (menos de 100 puntos).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Haga:&lt;/b&gt; en &lt;i&gt;Cortar, agrupar, caídas&lt;/i&gt;, ponga &lt;b&gt;Cortar en huecos&lt;/b&gt; en &lt;b&gt;6 h&lt;/b&gt; y &lt;b&gt;Tramo mínimo&lt;/b&gt; en &lt;b&gt;100 puntos&lt;/b&gt;. Desaparece un tramo corto cerca del final de cada trimestre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bin it</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; averaging neighbouring points into time bins gives fewer, less noisy points. Bins must stay well shorter than a transit (a few hours), or the dip is smeared out.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; set &lt;b&gt;Bin&lt;/b&gt; to &lt;b&gt;60 min&lt;/b&gt;. Each point of the plots is now the mean of two Kepler cadences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; promediar los puntos vecinos en intervalos de tiempo da menos puntos y menos ruidosos. Los intervalos deben ser bastante más cortos que un tránsito (unas horas), o la caída se desdibuja.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Haga:&lt;/b&gt; ponga &lt;b&gt;Agrupar&lt;/b&gt; en &lt;b&gt;60 min&lt;/b&gt;. Cada punto de los gráficos es ahora la media de dos exposiciones de Kepler.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Compute a moving-average trend</source>
        <translation>Calcular una tendencia por media móvil</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; the star and the instrument change slowly; a transit is a short dip. The mean of the neighbouring points follows the slow changes and hardly sees a short dip. The workshop used 5 points on either side.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; set &lt;b&gt;Detrend&lt;/b&gt; to &lt;b&gt;Moving average (N points)&lt;/b&gt; and &lt;b&gt;Window&lt;/b&gt; to &lt;b&gt;5 points either side&lt;/b&gt;. The trend is the line drawn over the top plot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; la estrella y el instrumento cambian despacio; un tránsito es una caída breve. La media de los puntos vecinos sigue los cambios lentos y apenas ve una caída breve. El taller usaba 5 puntos a cada lado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Haga:&lt;/b&gt; ponga &lt;b&gt;Tendencia&lt;/b&gt; en &lt;b&gt;Media móvil (N puntos)&lt;/b&gt; y &lt;b&gt;Ventana&lt;/b&gt; en &lt;b&gt;5 puntos a cada lado&lt;/b&gt;. La tendencia es la línea dibujada sobre el gráfico de arriba.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Subtract it</source>
        <translation>Restarla</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; once the trend is removed, what is left is flat except for the transits. The workshop subtracted the trend; we divide by it (flux / trend), which is the same for a normalised light curve and keeps depths as fractions of the star&apos;s light.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Look:&lt;/b&gt; the second plot, &lt;i&gt;Flattened flux&lt;/i&gt;, is the light curve divided by its trend. Zoom in (mouse wheel) on a dip. Note that the moving average is pulled down by the dip itself: transits come out shallower than they are.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; una vez quitada la tendencia, lo que queda es plano salvo los tránsitos. El taller restaba la tendencia; nosotros dividimos por ella (flujo / tendencia), lo que es lo mismo para una curva normalizada y mantiene las profundidades como fracción de la luz de la estrella.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mire:&lt;/b&gt; el segundo gráfico, &lt;i&gt;Flujo aplanado&lt;/i&gt;, es la curva dividida por su tendencia. Acerque (rueda del ratón) una caída. Fíjese en que la media móvil baja por la propia caída: los tránsitos salen menos profundos de lo que son.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Threshold the dips</source>
        <translation>Umbral de las caídas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; the simplest detector: every point well below the scatter is suspicious. Neighbouring low points make one dip. It needs no period, so it also finds single transits and eclipses, but also noise: lower thresholds mark more false dips.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; set &lt;b&gt;Mark dips below&lt;/b&gt; to &lt;b&gt;3 σ&lt;/b&gt;. Triangles mark the dips on the flattened plot; try 4 or 5 σ and watch the noise marks go.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; el detector más sencillo: todo punto muy por debajo de la dispersión es sospechoso. Los puntos bajos vecinos forman una caída. No necesita periodo, así que también encuentra tránsitos únicos y eclipses, pero también ruido: umbrales más bajos marcan más caídas falsas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Haga:&lt;/b&gt; ponga &lt;b&gt;Caídas bajo&lt;/b&gt; en &lt;b&gt;3 σ&lt;/b&gt;. Unos triángulos marcan las caídas en el gráfico aplanado; pruebe 4 o 5 σ y vea desaparecer las marcas del ruido.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Loop over all stars</source>
        <translation>Recorrer todas las estrellas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; the workshop then ran the same steps on every star. Here the whole pipeline runs on every star of the list in the background, with the Pipeline panel&apos;s settings.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; choose &lt;b&gt;Analysis &amp;gt; Search All Stars&lt;/b&gt;. The table fills star by star (best period, SNR, number of candidates, flags); click a column to sort it, click a row to open that star.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; el taller aplicaba luego los mismos pasos a cada estrella. Aquí todo el análisis se ejecuta en cada estrella de la lista en segundo plano, con los ajustes del panel Pipeline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Haga:&lt;/b&gt; elija &lt;b&gt;Análisis &amp;gt; Buscar en todas las estrellas&lt;/b&gt;. La tabla se llena estrella a estrella (mejor periodo, SNR, número de candidatos, alertas); haga clic en una columna para ordenarla, en una fila para abrir la estrella.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The real thing: the transit search</source>
        <translation>De verdad: la búsqueda de tránsitos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; a threshold looks at one point at a time. The transit search (BLS) adds up every transit at each trial period, so a planet too shallow to see once stands out when its transits are stacked. It needs a trend that ignores the dips: the biweight.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; open star &lt;b&gt;%1&lt;/b&gt; again (click its row), set &lt;b&gt;Detrend&lt;/b&gt; to &lt;b&gt;Biweight (recommended)&lt;/b&gt; and &lt;b&gt;Bin&lt;/b&gt; to &lt;b&gt;Off&lt;/b&gt;. The search runs by itself; the candidates fill the list on the left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; un umbral mira un punto cada vez. La búsqueda de tránsitos (BLS) suma todos los tránsitos en cada periodo de prueba, así que un planeta demasiado poco profundo para verse una vez destaca cuando se apilan sus tránsitos. Necesita una tendencia que ignore las caídas: el biweight.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Haga:&lt;/b&gt; abra de nuevo la estrella &lt;b&gt;%1&lt;/b&gt; (clic en su fila), ponga &lt;b&gt;Tendencia&lt;/b&gt; en &lt;b&gt;Biweight (recomendado)&lt;/b&gt; y &lt;b&gt;Agrupar&lt;/b&gt; en &lt;b&gt;Desactivado&lt;/b&gt;. La búsqueda se lanza sola; los candidatos llenan la lista de la izquierda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fold on a period</source>
        <translation>Plegar en un periodo</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; the periodogram shows the search&apos;s power at each trial period; its peaks are candidate periods. Folding stacks every transit on one another: a real planet gives one clean, flat-bottomed dip.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; click the highest peak of the &lt;i&gt;periodogram&lt;/i&gt;, or a candidate in the list. The fold appears on the right.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; el periodograma muestra la potencia de la búsqueda en cada periodo de prueba; sus picos son periodos candidatos. El plegado apila todos los tránsitos unos sobre otros: un planeta real da una sola caída limpia, de fondo plano.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Haga:&lt;/b&gt; clic en el pico más alto del &lt;i&gt;periodograma&lt;/i&gt;, o en un candidato de la lista. El plegado aparece a la derecha.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Vet the candidate</source>
        <translation>Verificar el candidato</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; many signals are not planets: eclipsing binaries (odd and even eclipses of different depths, a secondary eclipse), background stars (the light moves off the target during the dip), noise. Vetting runs these tests.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; open the &lt;b&gt;Vetting&lt;/b&gt; tab and read the checklist of the selected candidate: each test passes or raises a flag.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; muchas señales no son planetas: binarias eclipsantes (eclipses pares e impares de distinta profundidad, eclipse secundario), estrellas de fondo (la luz se aparta del objetivo durante la caída), ruido. La verificación hace estas pruebas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Haga:&lt;/b&gt; abra la pestaña &lt;b&gt;Verificación&lt;/b&gt; y lea la lista de comprobación del candidato seleccionado: cada prueba pasa o levanta una alerta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Flag it</source>
        <translation>Marcarlo</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; flagging keeps the candidates you believe in, with a disposition and a note; they are saved and survive re-searching and restarting.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; tick &lt;b&gt;Flag&lt;/b&gt; on a convincing candidate in the candidate list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; marcar conserva los candidatos en los que cree, con una disposición y una nota; se guardan y sobreviven a nuevas búsquedas y reinicios.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Haga:&lt;/b&gt; marque la casilla &lt;b&gt;Marca&lt;/b&gt; de un candidato convincente de la lista de candidatos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export it</source>
        <translation>Exportarlo</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>&lt;p&gt;You went from raw SAP flux to an exported candidate. Now try the other stars: a hot Jupiter, a spotted star hiding a planet, an eclipsing binary, a background blend (its difference image shows the light moving off the target), a star with nothing at all. The instructor has the answer key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ha pasado del flujo SAP bruto a un candidato exportado. Pruebe ahora las otras estrellas: un Júpiter caliente, una estrella con manchas que esconde un planeta, una binaria eclipsante, una mezcla de fondo (su imagen de diferencia muestra la luz apartándose del objetivo), una estrella sin nada. El instructor tiene las soluciones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; an export is what you hand in: a CSV or JSON file (or a PDF vetting sheet) the instructor can merge with everyone&apos;s.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; choose &lt;b&gt;File &amp;gt; Export Candidates…&lt;/b&gt;, keep &lt;i&gt;Flagged candidates only&lt;/i&gt; and save the file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; una exportación es lo que entrega: un archivo CSV o JSON (o una ficha de verificación en PDF) que el instructor puede fusionar con los de todos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Haga:&lt;/b&gt; elija &lt;b&gt;Archivo &amp;gt; Exportar los candidatos…&lt;/b&gt;, deje &lt;i&gt;Solo los candidatos marcados&lt;/i&gt; y guarde el archivo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>exo::archive</name>
    <message>
        <source>The archive cannot be reached (offline?). Cached stars still open.</source>
        <translation>No se puede contactar con el archivo (¿sin conexión?). Las estrellas en caché se siguen abriendo.</translation>
    </message>
    <message>
        <source>The archive did not answer in time.</source>
        <translation>El archivo no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The archive has no such file (HTTP 404).</source>
        <translation>El archivo no tiene ese fichero (HTTP 404).</translation>
    </message>
    <message>
        <source>The archive reported an error.</source>
        <translation>El archivo informó de un error.</translation>
    </message>
    <message>
        <source>The archive&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del archivo.</translation>
    </message>
    <message>
        <source>The downloaded file is damaged (size or FITS check failed).</source>
        <translation>El fichero descargado está dañado (falló la comprobación de tamaño o FITS).</translation>
    </message>
    <message>
        <source>No object of that name is known to the resolver.</source>
        <translation>El resolvedor no conoce ningún objeto con ese nombre.</translation>
    </message>
    <message>
        <source>The archive has no Kepler, K2 or TESS data for it.</source>
        <translation>El archivo no tiene datos de Kepler, K2 ni TESS para él.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The cache folder could not be written.</source>
        <translation>No se pudo escribir en la carpeta de caché.</translation>
    </message>
</context>
<context>
    <name>exo::sheet</name>
    <message>
        <source>BLS power</source>
        <translation>Potencia BLS</translation>
    </message>
    <message>
        <source>no input file recorded</source>
        <translation>ningún archivo de entrada registrado</translation>
    </message>
    <message>
        <source>input file not found: %1</source>
        <translation>archivo de entrada no encontrado: %1</translation>
    </message>
    <message>
        <source>the light curve cannot be rebuilt from the saved files and settings</source>
        <translation>la curva de luz no se puede reconstruir a partir de los archivos y ajustes guardados</translation>
    </message>
    <message>
        <source>planet candidate</source>
        <translation>candidato a planeta</translation>
    </message>
    <message>
        <source>eclipsing binary</source>
        <translation>binaria eclipsante</translation>
    </message>
    <message>
        <source>false positive</source>
        <translation>falso positivo</translation>
    </message>
    <message>
        <source>false positive: %1</source>
        <translation>falso positivo: %1</translation>
    </message>
    <message>
        <source>known planet</source>
        <translation>planeta conocido</translation>
    </message>
    <message>
        <source>systematics</source>
        <translation>efecto instrumental</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcado</translation>
    </message>
    <message>
        <source>%1  ·  P = %2 d  ·  T0 = %3 BJD_TDB (%4 %5)  ·  duration %6 h  ·  depth %7 ppm</source>
        <translation>%1  ·  P = %2 d  ·  T0 = %3 BJD_TDB (%4 %5)  ·  duración %6 h  ·  profundidad %7 ppm</translation>
    </message>
    <message>
        <source>SNR %1  ·  SDE %2  ·  %3 transits with data  ·  odd/even %4 σ  ·  secondary %5 ppm</source>
        <translation>SNR %1  ·  SDE %2  ·  %3 tránsitos con datos  ·  impares/pares %4 σ  ·  secundario %5 ppm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Archivos: %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Ajustes: %1</translation>
    </message>
    <message>
        <source>ExoWorld Explorer %1  ·  author %2  ·  saved %3  ·  updated %4</source>
        <translation>ExoWorld Explorer %1  ·  autor %2  ·  guardado el %3  ·  actualizado el %4</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(versión desconocida)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Vetting sheet %1</source>
        <translation>Ficha de verificación %1</translation>
    </message>
    <message>
        <source>Candidate report</source>
        <translation>Informe de candidatos</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>the sheet is written as .pdf or .png, not &apos;.%1&apos;</source>
        <translation>la ficha se escribe como .pdf o .png, no como «.%1»</translation>
    </message>
    <message>
        <source>no candidate to put in the report</source>
        <translation>ningún candidato que incluir en el informe</translation>
    </message>
</context>
<context>
    <name>exo::sheet::panels</name>
    <message>
        <source>light curve not available</source>
        <translation>curva de luz no disponible</translation>
    </message>
    <message>
        <source>Light curve (normalised) and trend</source>
        <translation>Curva de luz (normalizada) y tendencia</translation>
    </message>
    <message>
        <source>time (%1)</source>
        <translation>tiempo (%1)</translation>
    </message>
    <message>
        <source>mission days</source>
        <translation>días de misión</translation>
    </message>
    <message>
        <source>flux</source>
        <translation>flujo</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>Flattened light curve, transits marked</source>
        <translation>Curva de luz aplanada, tránsitos señalados</translation>
    </message>
    <message>
        <source>BLS periodogram (first pass)</source>
        <translation>Periodograma BLS (primera pasada)</translation>
    </message>
    <message>
        <source>period (days)</source>
        <translation>periodo (días)</translation>
    </message>
    <message>
        <source>power</source>
        <translation>potencia</translation>
    </message>
    <message>
        <source>periodogram not available</source>
        <translation>periodograma no disponible</translation>
    </message>
    <message>
        <source>P = %1 d</source>
        <translation>P = %1 d</translation>
    </message>
    <message>
        <source>Folded transit and model</source>
        <translation>Tránsito plegado y modelo</translation>
    </message>
    <message>
        <source>hours from mid-transit</source>
        <translation>horas desde el centro del tránsito</translation>
    </message>
    <message>
        <source>depth %1 ppm, duration %2 h</source>
        <translation>profundidad %1 ppm, duración %2 h</translation>
    </message>
    <message>
        <source>Odd transits</source>
        <translation>Tránsitos impares</translation>
    </message>
    <message>
        <source>Even transits</source>
        <translation>Tránsitos pares</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
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
        <translation>Secundario (fase 0,5)</translation>
    </message>
    <message>
        <source>hours from phase 0.5</source>
        <translation>horas desde la fase 0,5</translation>
    </message>
    <message>
        <source>%1 ppm (%2 σ)</source>
        <translation>%1 ppm (%2 σ)</translation>
    </message>
    <message>
        <source>Per-transit gallery</source>
        <translation>Galería de tránsitos</translation>
    </message>
    <message>
        <source>no transit with data</source>
        <translation>ningún tránsito con datos</translation>
    </message>
    <message>
        <source>#%1  SNR %2</source>
        <translation>#%1  SNR %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 of %2 events, spread over the baseline</source>
        <translation>%1 de %2 eventos, repartidos a lo largo de la observación</translation>
    </message>
    <message>
        <source>Difference image (out − in)</source>
        <translation>Imagen de diferencia (fuera − dentro)</translation>
    </message>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>no pixel data (light-curve file)</source>
        <translation>sin datos de píxeles (archivo de curva de luz)</translation>
    </message>
    <message>
        <source>no valid difference image</source>
        <translation>ninguna imagen de diferencia válida</translation>
    </message>
    <message>
        <source>difference image not stored; centroid offset below</source>
        <translation>imagen de diferencia no guardada; desplazamiento del centroide abajo</translation>
    </message>
    <message>
        <source>white: out-of-transit centroid, red: difference centroid, blue: target</source>
        <translation>blanco: centroide fuera del tránsito, rojo: centroide de la diferencia, azul: objetivo</translation>
    </message>
    <message>
        <source>offset %1&quot; (%2 σ)</source>
        <translation>desplazamiento %1&quot; (%2 σ)</translation>
    </message>
    <message>
        <source>Transit SNR (search)</source>
        <translation>SNR del tránsito (búsqueda)</translation>
    </message>
    <message>
        <source>Transit SNR (measured noise)</source>
        <translation>SNR del tránsito (ruido medido)</translation>
    </message>
    <message>
        <source>Odd/even depth difference</source>
        <translation>Diferencia de profundidad impares/pares</translation>
    </message>
    <message>
        <source>%1 σ</source>
        <translation>%1 σ</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Secondary eclipse</source>
        <translation>Eclipse secundario</translation>
    </message>
    <message>
        <source>%1 ppm, %2 σ</source>
        <translation>%1 ppm, %2 σ</translation>
    </message>
    <message>
        <source>Strongest single event share</source>
        <translation>Peso del evento más fuerte</translation>
    </message>
    <message>
        <source>%1 % of %2 events</source>
        <translation>%1 % de %2 eventos</translation>
    </message>
    <message>
        <source>Shape (ingress / duration)</source>
        <translation>Forma (ingreso / duración)</translation>
    </message>
    <message>
        <source>Sine versus box</source>
        <translation>Seno frente a caja</translation>
    </message>
    <message>
        <source>Δχ² sine %1, box %2</source>
        <translation>Δχ² seno %1, caja %2</translation>
    </message>
    <message>
        <source>Planet radius (host header)</source>
        <translation>Radio del planeta (estrella según la cabecera)</translation>
    </message>
    <message>
        <source>%1 R⊕</source>
        <translation>%1 R⊕</translation>
    </message>
    <message>
        <source>Duration for the host</source>
        <translation>Duración esperada para la estrella</translation>
    </message>
    <message>
        <source>%1 × central</source>
        <translation>%1 × tránsito central</translation>
    </message>
    <message>
        <source>Centroid offset</source>
        <translation>Desplazamiento del centroide</translation>
    </message>
    <message>
        <source>%1&quot;, %2 σ</source>
        <translation>%1&quot;, %2 σ</translation>
    </message>
    <message>
        <source>no pixels</source>
        <translation>sin píxeles</translation>
    </message>
    <message>
        <source>Ephemeris match</source>
        <translation>Efeméride común</translation>
    </message>
    <message>
        <source>%1 match(es)</source>
        <translation>%1 coincidencia(s)</translation>
    </message>
    <message>
        <source>Checklist (search statistics only; not vetted)</source>
        <translation>Lista de comprobación (solo estadísticas de la búsqueda; sin verificar)</translation>
    </message>
    <message>
        <source>Vetting checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>Flags: none</source>
        <translation>Alertas: ninguna</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Alertas: %1</translation>
    </message>
</context>
<context>
    <name>exo::store</name>
    <message>
        <source>not a JSON candidate export (%1 at byte %2)</source>
        <translation>no es una exportación de candidatos JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>not an ExoWorld candidate export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>no es una exportación de candidatos de ExoWorld (falta &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>written by a newer version of ExoWorld Explorer (export format %1; this version reads up to %2)</source>
        <translation>escrito por una versión más reciente de ExoWorld Explorer (formato de exportación %1; esta versión lee hasta el %2)</translation>
    </message>
    <message>
        <source>a candidate without mission or target id</source>
        <translation>un candidato sin misión ni identificador de objetivo</translation>
    </message>
    <message>
        <source>a candidate of %1 without a period</source>
        <translation>un candidato de %1 sin periodo</translation>
    </message>
</context>
<context>
    <name>exo::store::CandidateStore</name>
    <message>
        <source>%1 is a folder, not a candidate store file.</source>
        <translation>%1 es una carpeta, no un archivo de base de candidatos.</translation>
    </message>
    <message>
        <source>Cannot read the candidate store %1: %2</source>
        <translation>No se puede leer la base de candidatos %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a candidate store: it is not an SQLite database (damaged, or another kind of file).</source>
        <translation>%1 no es una base de candidatos: no es una base de datos SQLite (archivo dañado, o de otro tipo).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the candidate store.</source>
        <translation>No se puede crear la carpeta %1 para la base de candidatos.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado.</translation>
    </message>
    <message>
        <source>Cannot open the candidate store %1: %2</source>
        <translation>No se puede abrir la base de candidatos %1: %2</translation>
    </message>
    <message>
        <source>The candidate store %1 is damaged and cannot be read (%2). Move it away to start a new one; a backup copy can be opened with --store.</source>
        <translation>La base de candidatos %1 está dañada y no se puede leer (%2). Muévala a otro sitio para empezar una nueva; una copia de seguridad se puede abrir con --store.</translation>
    </message>
    <message>
        <source>The candidate store %1 was written by a newer version of ExoWorld Explorer (store format %2; this version reads up to %3). Update ExoWorld Explorer, or use another store.</source>
        <translation>La base de candidatos %1 la escribió una versión más reciente de ExoWorld Explorer (formato de base %2; esta versión lee hasta el %3). Actualice ExoWorld Explorer o use otra base.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an ExoWorld candidate store.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no una base de candidatos de ExoWorld.</translation>
    </message>
    <message>
        <source>Cannot upgrade the candidate store %1 from format %2: %3</source>
        <translation>No se puede actualizar la base de candidatos %1 desde el formato %2: %3</translation>
    </message>
    <message>
        <source>No candidate store is open.</source>
        <translation>No hay ninguna base de candidatos abierta.</translation>
    </message>
    <message>
        <source>No candidate %1 in the store.</source>
        <translation>No hay ningún candidato %1 en la base.</translation>
    </message>
    <message>
        <source>A candidate needs a mission, a target id, a period and an epoch.</source>
        <translation>Un candidato necesita una misión, un identificador de objetivo, un periodo y una época.</translation>
    </message>
</context>
<context>
    <name>exo::store::CandidateStore::Impl</name>
    <message>
        <source>The candidate store %1 is busy (another program kept it locked for more than %2 s).</source>
        <translation>La base de candidatos %1 está ocupada (otro programa la mantuvo bloqueada más de %2 s).</translation>
    </message>
    <message>
        <source>Candidate store %1: %2 failed: %3</source>
        <translation>Base de candidatos %1: falló %2: %3</translation>
    </message>
    <message>
        <source>A candidate needs a mission, a target id, a period and an epoch.</source>
        <translation>Un candidato necesita una misión, un identificador de objetivo, un periodo y una época.</translation>
    </message>
</context>
<context>
    <name>exo::ui</name>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>El archivo no existe</translation>
    </message>
    <message>
        <source>This is a folder or special file, not a data file</source>
        <translation>Es una carpeta o un archivo especial, no un archivo de datos</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>El archivo está vacío</translation>
    </message>
    <message>
        <source>This is not a FITS file</source>
        <translation>No es un archivo FITS</translation>
    </message>
    <message>
        <source>The FITS file is truncated or damaged (an incomplete download?)</source>
        <translation>El archivo FITS está truncado o dañado (¿una descarga incompleta?)</translation>
    </message>
    <message>
        <source>The FITS file has no light-curve or pixel table</source>
        <translation>El archivo FITS no tiene tabla de curva de luz ni de píxeles</translation>
    </message>
    <message>
        <source>A required column is missing</source>
        <translation>Falta una columna necesaria</translation>
    </message>
    <message>
        <source>The table has no rows</source>
        <translation>La tabla no tiene filas</translation>
    </message>
    <message>
        <source>Every value is NaN: there is no usable data</source>
        <translation>Todos los valores son NaN: no hay datos utilizables</translation>
    </message>
    <message>
        <source>This is not a Kepler, K2 or TESS product</source>
        <translation>No es un producto de Kepler, K2 o TESS</translation>
    </message>
    <message>
        <source>This kind of FITS product is not supported</source>
        <translation>Este tipo de producto FITS no es compatible</translation>
    </message>
    <message>
        <source>The files belong to different stars</source>
        <translation>Los archivos pertenecen a estrellas distintas</translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation>Parámetro no válido</translation>
    </message>
    <message>
        <source>The request is too large for this computer</source>
        <translation>La petición es demasiado grande para este ordenador</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Could not write the output</source>
        <translation>No se pudo escribir la salida</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
    <message>
        <source>There is no plot to save.</source>
        <translation>No hay ningún gráfico que guardar.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Imagen JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Unknown image type &quot;%1&quot;: use .png, .jpg, .pdf or .svg.</source>
        <translation>Tipo de imagen desconocido «%1»: use .png, .jpg, .pdf o .svg.</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>The text file is malformed</source>
        <translation>El archivo de texto está mal formado</translation>
    </message>
    <message>
        <source>The data are too short</source>
        <translation>Los datos son demasiado cortos</translation>
    </message>
    <message>
        <source>The FITS header is damaged or claims an impossible size</source>
        <translation>La cabecera FITS está dañada o indica un tamaño imposible</translation>
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
        <translation>&lt;b&gt;Candidato %1&lt;/b&gt;&lt;br&gt;Periodo %2 d, %3 tránsitos de %4 h&lt;br&gt;Profundidad %5 ppm (%6 ppm en la fase 0,5)&lt;br&gt;SNR %7, SDE %8</translation>
    </message>
    <message>
        <source>Odd and even transits differ by %1 σ: possibly an eclipsing binary at twice this period.</source>
        <translation>Los tránsitos pares e impares difieren en %1 σ: posiblemente una binaria eclipsante al doble de este periodo.</translation>
    </message>
    <message>
        <source>Tick to mark this candidate for follow-up or export.</source>
        <translation>Marque la casilla para señalar este candidato para seguimiento o exportación.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n.º</translation>
    </message>
    <message>
        <source>Period (d)</source>
        <translation>Periodo (d)</translation>
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
        <translation>Duración (h)</translation>
    </message>
    <message>
        <source>Depth (ppm)</source>
        <translation>Profundidad (ppm)</translation>
    </message>
    <message>
        <source>SNR</source>
        <translation>SNR</translation>
    </message>
    <message>
        <source>SDE</source>
        <translation>SDE</translation>
    </message>
    <message>
        <source>Transits</source>
        <translation>Tránsitos</translation>
    </message>
    <message>
        <source>Odd/even σ</source>
        <translation>Impar/par σ</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Order in which the search found the signal: 1 is the strongest.</source>
        <translation>Orden en que la búsqueda encontró la señal: 1 es la más fuerte.</translation>
    </message>
    <message>
        <source>Time between two transits (orbital period), in days.</source>
        <translation>Tiempo entre dos tránsitos (periodo orbital), en días.</translation>
    </message>
    <message>
        <source>Time of the middle of one transit, in the mission&apos;s day count (%1). Together with the period it predicts every transit.</source>
        <translation>Instante del centro de un tránsito, en la cuenta de días de la misión (%1). Junto con el periodo predice todos los tránsitos.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>How long one transit lasts, in hours.</source>
        <translation>Cuánto dura un tránsito, en horas.</translation>
    </message>
    <message>
        <source>How much the star dims during a transit, in parts per million (1000 ppm = 0.1 %). The planet&apos;s size grows with the square root of the depth.</source>
        <translation>Cuánto se atenúa la estrella durante un tránsito, en partes por millón (1000 ppm = 0,1 %). El tamaño del planeta crece con la raíz cuadrada de la profundidad.</translation>
    </message>
    <message>
        <source>Signal-to-noise ratio: the depth divided by its uncertainty. Above about 7 the signal is unlikely to be noise.</source>
        <translation>Relación señal-ruido: la profundidad dividida por su incertidumbre. Por encima de 7, aproximadamente, es poco probable que la señal sea ruido.</translation>
    </message>
    <message>
        <source>Signal detection efficiency: how far this period stands out in the periodogram. Above about 9 is a clear detection.</source>
        <translation>Eficiencia de detección de la señal (SDE): cuánto destaca este periodo en el periodograma. Por encima de 9, aproximadamente, la detección es clara.</translation>
    </message>
    <message>
        <source>Number of transits covered by data. Two or three are the minimum to trust a period.</source>
        <translation>Número de tránsitos cubiertos por los datos. Dos o tres son el mínimo para fiarse de un periodo.</translation>
    </message>
    <message>
        <source>Difference between the depths of odd and even transits, in σ. Above 3 (shown in amber) the &apos;planet&apos; may be two stars eclipsing each other.</source>
        <translation>Diferencia entre las profundidades de los tránsitos impares y pares, en σ. Por encima de 3 (en ámbar) el «planeta» podría ser dos estrellas que se eclipsan entre sí.</translation>
    </message>
    <message>
        <source>Your mark for candidates worth a closer look.</source>
        <translation>Su marca para los candidatos que merecen un examen más detenido.</translation>
    </message>
    <message>
        <source>Planet candidate</source>
        <translation>Candidato a planeta</translation>
    </message>
    <message>
        <source>Eclipsing binary</source>
        <translation>Binaria eclipsante</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falso positivo</translation>
    </message>
    <message>
        <source>Known planet</source>
        <translation>Planeta conocido</translation>
    </message>
    <message>
        <source>Systematics</source>
        <translation>Efecto instrumental</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>coincide con %1</translation>
    </message>
    <message>
        <source>Your verdict; double-click to change it.</source>
        <translation>Su veredicto; haga doble clic para cambiarlo.</translation>
    </message>
    <message>
        <source>Double-click to write a note.</source>
        <translation>Haga doble clic para escribir una nota.</translation>
    </message>
    <message>
        <source>Matches the known planet %1.</source>
        <translation>Coincide con el planeta conocido %1.</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your verdict: planet candidate, eclipsing binary, false positive, known planet or systematics. Kept in the candidate store with the flag and the note.</source>
        <translation>Su veredicto: candidato a planeta, binaria eclipsante, falso positivo, planeta conocido o efecto instrumental. Se guarda en la base de candidatos con la marca y la nota.</translation>
    </message>
    <message>
        <source>Your note on this candidate.</source>
        <translation>Su nota sobre este candidato.</translation>
    </message>
    <message>
        <source>A planet of this star already in the NASA Exoplanet Archive whose period and transit times this signal matches.</source>
        <translation>Un planeta de esta estrella ya presente en el NASA Exoplanet Archive, cuyo periodo e instantes de tránsito coinciden con esta señal.</translation>
    </message>
</context>
<context>
    <name>exo::ui::CandidatesTable</name>
    <message>
        <source>Run a search to list candidate transits here</source>
        <translation>Ejecute una búsqueda para listar aquí los tránsitos candidatos</translation>
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
        <translation>Tránsitos pares</translation>
    </message>
    <message>
        <source>Odd transits</source>
        <translation>Tránsitos impares</translation>
    </message>
    <message>
        <source>Binned</source>
        <translation>Mediana (bins)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Hours from mid-transit</source>
        <translation>Horas desde el centro del tránsito</translation>
    </message>
    <message>
        <source>Normalised flux</source>
        <translation>Flujo normalizado</translation>
    </message>
    <message>
        <source>Every transit stacked on one another. Odd and even transits have their own colour: different depths suggest an eclipsing binary. Double-click to switch between the transit and the whole orbit.</source>
        <translation>Todos los tránsitos superpuestos. Los tránsitos pares e impares tienen su propio color: profundidades distintas sugieren una binaria eclipsante. Haga doble clic para alternar entre el tránsito y la órbita completa.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
</context>
<context>
    <name>exo::ui::LightCurvePlot</name>
    <message>
        <source>Flux</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Quality-flagged</source>
        <translation>Marcado por calidad</translation>
    </message>
    <message>
        <source>Masked by you</source>
        <translation>Enmascarado por usted</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Transits</source>
        <translation>Tránsitos</translation>
    </message>
    <message>
        <source>Time (days)</source>
        <translation>Tiempo (días)</translation>
    </message>
    <message>
        <source>Wheel: zoom time (Ctrl+wheel: flux). Drag: pan. Shift+drag or right-drag: zoom to a box. Mask time range tool: drag to select a time range. Double-click: show everything. Click a point to select it.</source>
        <translation>Rueda: zoom en el tiempo (Ctrl+rueda: flujo). Arrastrar: desplazar. Mayús+arrastrar o arrastrar con el botón derecho: zoom a un rectángulo. Herramienta Enmascarar intervalo de tiempo: arrastre para seleccionar un intervalo. Doble clic: mostrar todo. Haga clic en un punto para seleccionarlo.</translation>
    </message>
    <message>
        <source>Known planets&apos; transits</source>
        <translation>Tránsitos de planetas conocidos</translation>
    </message>
    <message>
        <source>Dips</source>
        <translation>Caídas</translation>
    </message>
</context>
<context>
    <name>exo::ui::PeriodogramPlot</name>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation>Picos</translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation>Periodo (días)</translation>
    </message>
    <message>
        <source>Click a peak to try that period. Wheel: zoom; drag: pan; double-click: show all. Dashed lines mark half and double the best period: a true planet&apos;s signal often echoes there.</source>
        <translation>Haga clic en un pico para probar ese periodo. Rueda: zoom; arrastrar: desplazar; doble clic: mostrar todo. Las líneas discontinuas marcan la mitad y el doble del periodo elegido: la señal de un planeta real suele tener allí un eco.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>Curva de luz</translation>
    </message>
    <message>
        <source>PDCSAP (corrected)</source>
        <translation>PDCSAP (corregido)</translation>
    </message>
    <message>
        <source>SAP (raw aperture sum)</source>
        <translation>SAP (suma bruta)</translation>
    </message>
    <message>
        <source>Flux:</source>
        <translation>Flujo:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Estricta</translation>
    </message>
    <message>
        <source>Hardest</source>
        <translation>Muy estricta</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Custom bitmask…</source>
        <translation>Máscara personalizada…</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Calidad:</translation>
    </message>
    <message>
        <source>Bitmask:</source>
        <translation>Máscara:</translation>
    </message>
    <message>
        <source>Clip above</source>
        <translation>Recortar sobre</translation>
    </message>
    <message>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <source>Outliers:</source>
        <translation>Atípicos:</translation>
    </message>
    <message>
        <source>Biweight (recommended)</source>
        <translation>Biweight (recomendado)</translation>
    </message>
    <message>
        <source>Sliding median</source>
        <translation>Mediana móvil</translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation>Media móvil</translation>
    </message>
    <message>
        <source>Savitzky–Golay</source>
        <translation>Savitzky–Golay</translation>
    </message>
    <message>
        <source>Detrend:</source>
        <translation>Tendencia:</translation>
    </message>
    <message>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which brightness measurement of a light-curve file to analyse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;PDCSAP&lt;/b&gt;: the mission pipeline has already removed most spacecraft effects (slow drifts, jumps). Best for finding planets: start here.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SAP&lt;/b&gt;: the plain sum of the pixels in the aperture, with instrument trends left in. Try it when a long or deep transit looks distorted in PDCSAP.&lt;/p&gt;&lt;p&gt;Pixel files are not affected: their flux comes from the aperture you draw.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qué medida de brillo de un archivo de curva de luz analizar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;PDCSAP&lt;/b&gt;: el pipeline de la misión ya ha eliminado la mayoría de los efectos de la nave (derivas lentas, saltos). Lo mejor para encontrar planetas: empiece aquí.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SAP&lt;/b&gt;: la simple suma de los píxeles de la apertura, con las tendencias instrumentales incluidas. Pruébela cuando un tránsito largo o profundo parezca deformado en PDCSAP.&lt;/p&gt;&lt;p&gt;Los archivos de píxeles no se ven afectados: su flujo proviene de la apertura que usted dibuja.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which measurements to ignore because the spacecraft flagged a problem (thruster firings, cosmic rays, pointing drift, …).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Default&lt;/b&gt;: ignores the clearly bad points. Right for most stars.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hard&lt;/b&gt;: also ignores points that are often fine. Use it if you see isolated jumps or spikes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hardest&lt;/b&gt;: ignores every flagged point, which can throw away good data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;None&lt;/b&gt;: keeps everything.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Custom&lt;/b&gt;: type the flag bitmask yourself, e.g. when following a published recipe.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qué medidas ignorar porque la nave señaló un problema (encendidos de propulsores, rayos cósmicos, deriva del apuntado, …).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Predeterminada&lt;/b&gt;: ignora los puntos claramente malos. Adecuada para la mayoría de las estrellas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Estricta&lt;/b&gt;: ignora también puntos que a menudo están bien. Úsela si ve saltos o picos aislados.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Muy estricta&lt;/b&gt;: ignora todos los puntos marcados, lo que puede descartar datos buenos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ninguno&lt;/b&gt;: lo conserva todo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Personalizada&lt;/b&gt;: escriba usted la máscara de bits, por ejemplo al seguir una receta publicada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The quality flags to ignore, as the sum of their bit values (each flag is a power of two). For reference, the Default preset is 1130799 for Kepler and K2 and 17087 for TESS. 0 keeps every point.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los indicadores de calidad que se ignoran, como suma de sus valores de bit (cada indicador es una potencia de dos). Como referencia, el ajuste Predeterminada es 1130799 para Kepler y K2 y 17087 para TESS. 0 conserva todos los puntos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Removes single points that lie far &lt;i&gt;above&lt;/i&gt; the trend: cosmic rays, flares, scattered light. Only upward outliers are removed, so transit dips are never clipped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elimina los puntos aislados que quedan muy &lt;i&gt;por encima&lt;/i&gt; de la tendencia: rayos cósmicos, fulguraciones, luz dispersa. Solo se eliminan los valores atípicos hacia arriba, así que las caídas de los tránsitos nunca se recortan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How far above the trend a point must be to be removed, in units of the light curve&apos;s scatter (σ). Lower is more aggressive.&lt;/p&gt;&lt;p&gt;5 σ is safe. Go down to 3 σ for data with many spikes; go up if real features disappear.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cuánto por encima de la tendencia debe estar un punto para eliminarlo, en unidades de la dispersión de la curva (σ). Un valor más bajo es más agresivo.&lt;/p&gt;&lt;p&gt;5 σ es seguro. Baje a 3 σ para datos con muchos picos; súbalo si desaparecen rasgos reales.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Removes slow brightness changes of the star (spots, rotation) and of the instrument, so that short transit dips stand out.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Biweight&lt;/b&gt;: robust; ignores the dips while estimating the trend. Recommended.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sliding median&lt;/b&gt;: also robust, slightly less smooth.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Moving average&lt;/b&gt;: simple, but dips pull the trend down and transits come out shallower.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Savitzky–Golay&lt;/b&gt;: a smooth polynomial filter; follows fast variability better.&lt;/p&gt;&lt;p&gt;&lt;b&gt;None&lt;/b&gt;: analyse the flux as it is.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elimina los cambios lentos de brillo de la estrella (manchas, rotación) y del instrumento, para que destaquen las breves caídas de los tránsitos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Biweight&lt;/b&gt;: robusto; ignora las caídas al estimar la tendencia. Recomendado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mediana móvil&lt;/b&gt;: también robusta, algo menos suave.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Media móvil&lt;/b&gt;: sencilla, pero las caídas arrastran la tendencia hacia abajo y los tránsitos salen menos profundos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Savitzky–Golay&lt;/b&gt;: un filtro polinómico suave; sigue mejor la variabilidad rápida.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ninguno&lt;/b&gt;: analizar el flujo tal cual.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Length of the detrending window, in days.&lt;/p&gt;&lt;p&gt;It must be clearly longer than a transit (about three times the longest transit you look for), or the filter flattens the dip itself. Shorter windows follow fast stellar variability better.&lt;/p&gt;&lt;p&gt;0.75 d suits transits up to about 6 hours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Longitud de la ventana de eliminación de tendencia, en días.&lt;/p&gt;&lt;p&gt;Debe ser claramente más larga que un tránsito (unas tres veces el tránsito más largo que busque), o el filtro aplanará la propia caída. Las ventanas más cortas siguen mejor la variabilidad estelar rápida.&lt;/p&gt;&lt;p&gt;0,75 d sirve para tránsitos de hasta unas 6 horas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Time ranges you excluded by hand (a glitch, a flare, a bad stretch) are left out of the detrending and of the transit search. Select them on the light-curve plot.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clear&lt;/b&gt; removes them all (you can undo it).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los intervalos de tiempo que usted excluyó a mano (un fallo, una fulguración, un tramo malo) quedan fuera de la eliminación de tendencia y de la búsqueda de tránsitos. Selecciónelos en la curva de luz con la herramienta Enmascarar intervalo de tiempo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Borrar&lt;/b&gt; los quita todos (se puede deshacer).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Masked ranges: %1</source>
        <translation>Intervalos enmascarados: %1</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Transit search</source>
        <translation>Búsqueda de tránsitos</translation>
    </message>
    <message>
        <source>Min period:</source>
        <translation>Periodo mín.:</translation>
    </message>
    <message>
        <source>Max period:</source>
        <translation>Periodo máx.:</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Oversampling:</source>
        <translation>Sobremuestreo:</translation>
    </message>
    <message>
        <source>auto, or e.g. 1, 2, 4</source>
        <translation>auto, o p. ej. 1; 2,5; 4</translation>
    </message>
    <message>
        <source>Durations (h):</source>
        <translation>Duraciones (h):</translation>
    </message>
    <message>
        <source>Max planets:</source>
        <translation>Planetas máx.:</translation>
    </message>
    <message>
        <source>Min SNR:</source>
        <translation>SNR mín.:</translation>
    </message>
    <message>
        <source>Min SDE:</source>
        <translation>SDE mín.:</translation>
    </message>
    <message>
        <source>Search automatically</source>
        <translation>Buscar automáticamente</translation>
    </message>
    <message>
        <source>Run search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&lt;p&gt;Shortest orbital period to try, in days. &lt;b&gt;Auto&lt;/b&gt; starts at half a day.&lt;/p&gt;&lt;p&gt;Raise it to skip very short periods that only pick up noise.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Periodo orbital más corto que se prueba, en días. &lt;b&gt;Auto&lt;/b&gt; empieza en medio día.&lt;/p&gt;&lt;p&gt;Súbalo para omitir periodos muy cortos que solo captan ruido.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Longest orbital period to try, in days. &lt;b&gt;Auto&lt;/b&gt; uses half the time span of the data, so that every candidate shows at least two transits.&lt;/p&gt;&lt;p&gt;Lower it to make the search faster.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Periodo orbital más largo que se prueba, en días. &lt;b&gt;Auto&lt;/b&gt; usa la mitad del intervalo cubierto por los datos, para que cada candidato muestre al menos dos tránsitos.&lt;/p&gt;&lt;p&gt;Bájelo para que la búsqueda sea más rápida.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How finely the trial periods are spaced. Higher values are less likely to step over a planet between two trial periods, but the search takes proportionally longer.&lt;/p&gt;&lt;p&gt;3 is a good balance; use 5–10 for a final check of a promising star.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Con qué finura se espacian los periodos de prueba. Valores más altos tienen menos riesgo de saltarse un planeta entre dos periodos de prueba, pero la búsqueda tarda proporcionalmente más.&lt;/p&gt;&lt;p&gt;3 es un buen equilibrio; use 5–10 para una comprobación final de una estrella prometedora.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Transit durations to try, in hours. &lt;b&gt;auto&lt;/b&gt; picks a range suited to the period grid. Or type a list separated by commas, with a point for decimals, e.g. &lt;tt&gt;1, 2.5, 4, 8&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Real transits last from about 1 hour (close-in planet, small star) to more than 10 hours (distant planet).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Duraciones de tránsito que se prueban, en horas. &lt;b&gt;auto&lt;/b&gt; elige un rango adecuado a la rejilla de periodos. O escriba una lista separada por punto y coma, con coma decimal, p. ej. &lt;tt&gt;1; 2,5; 4; 8&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Los tránsitos reales duran desde 1 hora aproximadamente (planeta cercano, estrella pequeña) hasta más de 10 horas (planeta lejano).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many signals to look for, one after the other. After each detection its transits are hidden and the search runs again, to find further planets of the same star.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cuántas señales buscar, una tras otra. Tras cada detección se ocultan sus tránsitos y la búsqueda se repite, para encontrar más planetas de la misma estrella.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Signal-to-noise ratio a signal needs to be listed: the transit depth divided by its uncertainty.&lt;/p&gt;&lt;p&gt;7 is the usual threshold. Lower values list more candidates, but many of them are noise.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Relación señal-ruido que necesita una señal para aparecer en la lista: la profundidad del tránsito dividida por su incertidumbre.&lt;/p&gt;&lt;p&gt;7 es el umbral habitual. Valores más bajos listan más candidatos, pero muchos son ruido.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Signal detection efficiency: how far the best peak of the periodogram stands out from all the other trial periods.&lt;/p&gt;&lt;p&gt;9 is a common threshold; peaks below about 7 are often chance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eficiencia de detección de la señal (SDE): cuánto destaca el mejor pico del periodograma sobre todos los demás periodos de prueba.&lt;/p&gt;&lt;p&gt;9 es un umbral habitual; los picos por debajo de 7, aproximadamente, suelen deberse al azar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run the transit search again after every change of the settings.&lt;/p&gt;&lt;p&gt;Turn it off for long light curves, where one search takes a while, and press &lt;b&gt;Run search&lt;/b&gt; when you are ready.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Volver a ejecutar la búsqueda de tránsitos tras cada cambio de los ajustes.&lt;/p&gt;&lt;p&gt;Desactívelo para curvas de luz largas, donde una búsqueda tarda un rato, y pulse &lt;b&gt;Buscar&lt;/b&gt; cuando esté listo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Search the prepared light curve for dips that repeat with a fixed period, using the settings above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Buscar en la curva de luz preparada caídas que se repitan con un periodo fijo, con los ajustes de arriba.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type &quot;auto&quot; or durations in hours separated by commas, e.g. 1, 2.5, 4.</source>
        <translation>Escriba «auto» o duraciones en horas separadas por punto y coma, p. ej. 1; 2,5; 4.</translation>
    </message>
    <message>
        <source>The minimum period (%1 d) is longer than the maximum period (%2 d).</source>
        <translation>El periodo mínimo (%1 d) es más largo que el periodo máximo (%2 d).</translation>
    </message>
    <message>
        <source>Moving average (N points)</source>
        <translation>Media móvil (N puntos)</translation>
    </message>
    <message>
        <source> points either side</source>
        <translation> puntos a cada lado</translation>
    </message>
    <message>
        <source>Split, bin, dips</source>
        <translation>Cortar, agrupar, caídas</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Split at gaps:</source>
        <translation>Cortar en huecos:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>Shortest piece:</source>
        <translation>Tramo mínimo:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Bin:</source>
        <translation>Agrupar:</translation>
    </message>
    <message>
        <source>Mark dips below:</source>
        <translation>Caídas bajo:</translation>
    </message>
    <message>
        <source>&lt;p&gt;For &lt;b&gt;Moving average (N points)&lt;/b&gt;: the trend at each point is the mean of this many points on either side and the point itself (the HelloExoWorld workshop used 5).&lt;/p&gt;&lt;p&gt;Counted in points, not days: on 30-minute Kepler data 5 points either side span 5.5 hours; on 2-minute TESS data only 22 minutes, so bin first or take more points.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Para &lt;b&gt;Media móvil (N puntos)&lt;/b&gt;: la tendencia en cada punto es la media de este número de puntos a cada lado y del propio punto (el taller HelloExoWorld usaba 5).&lt;/p&gt;&lt;p&gt;Se cuenta en puntos, no en días: en los datos de Kepler a 30 minutos, 5 puntos a cada lado abarcan 5,5 horas; en los datos de TESS a 2 minutos, solo 22 minutos: agrupe primero o tome más puntos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The light curve is cut into pieces wherever no measurement was taken for longer than this (6 hours by default): no trend is ever fitted across a gap.&lt;/p&gt;&lt;p&gt;Pieces with fewer points than &lt;b&gt;Shortest piece&lt;/b&gt; (100 by default) are left out: too short to tell a trend from a transit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La curva de luz se corta en tramos allí donde no se tomó ninguna medida durante más de este tiempo (6 horas por defecto): nunca se ajusta una tendencia a través de un hueco.&lt;/p&gt;&lt;p&gt;Los tramos con menos puntos que &lt;b&gt;Tramo mínimo&lt;/b&gt; (100 por defecto) se descartan: demasiado cortos para distinguir una tendencia de un tránsito.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Averages the points into time bins of this width before the trend is fitted: fewer, less noisy points. Keep bins well shorter than a transit (30 min suits transits of a few hours).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Promedia los puntos en intervalos de tiempo de esta anchura antes de ajustar la tendencia: menos puntos y menos ruidosos. Mantenga los intervalos bastante más cortos que un tránsito (30 min sirven para tránsitos de unas horas).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The HelloExoWorld workshop&apos;s steps before the transit search: split the light curve at gaps, bin it, and mark the dips below a threshold. Help &amp;gt; Workshop walks through them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los pasos del taller HelloExoWorld antes de la búsqueda de tránsitos: cortar la curva de luz en los huecos, agruparla y marcar las caídas bajo un umbral. Ayuda &amp;gt; Taller los recorre paso a paso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Marks on the flattened light curve every dip that goes deeper than this many times the scatter (a robust sigma) below the median, neighbouring low points grouped into one dip.&lt;/p&gt;&lt;p&gt;It needs no period, so it also shows single transits and eclipses. Many marks on a quiet star: raise the threshold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Marca en la curva aplanada cada caída que baja de la mediana más de este número de veces la dispersión (una sigma robusta); los puntos bajos vecinos forman una sola caída.&lt;/p&gt;&lt;p&gt;No necesita periodo: también aparecen los tránsitos únicos y los eclipses. Muchas marcas en una estrella tranquila: suba el umbral.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the window for each star: three times the longest transit searched, shortened when the star varies faster (spots, pulsations). Signals at the star&apos;s variability period are then rejected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elige la ventana para cada estrella: tres veces el tránsito más largo buscado, acortada cuando la estrella varía más rápido (manchas, pulsaciones). Las señales en el período de variabilidad de la estrella se rechazan entonces.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Refit trend without transits</source>
        <translation>Reajustar la tendencia sin los tránsitos</translation>
    </message>
    <message>
        <source>&lt;p&gt;After each signal is found, fit the slow brightness trend again with that signal&apos;s transits left out, then look for the next one. Otherwise the trend partly follows the dips, which makes them look shallower and can hide a smaller planet.&lt;/p&gt;&lt;p&gt;On by default; the search can take a little longer. Turn it off to compare with the first trend alone (the command line&apos;s &lt;tt&gt;--redetrend off&lt;/tt&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tras encontrar cada señal, vuelve a ajustar la tendencia lenta del brillo dejando fuera los tránsitos de esa señal y luego busca la siguiente. Si no, la tendencia sigue en parte las caídas, que parecen menos profundas, y puede ocultar un planeta más pequeño.&lt;/p&gt;&lt;p&gt;Activado por defecto; la búsqueda puede tardar algo más. Desactívelo para comparar solo con la primera tendencia (&lt;tt&gt;--redetrend off&lt;/tt&gt; en la línea de órdenes).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Noise, minimum transits</source>
        <translation>Ruido, tránsitos mínimos</translation>
    </message>
    <message>
        <source>Min transits:</source>
        <translation>Tránsitos mín.:</translation>
    </message>
    <message>
        <source>Local scatter (default)</source>
        <translation>Dispersión local (predeterminado)</translation>
    </message>
    <message>
        <source>Pipeline errors</source>
        <translation>Errores del pipeline</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>Ruido:</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many transits a repeating dip needs before it is listed as a candidate. Only transits that fall where the light curve has data count.&lt;/p&gt;&lt;p&gt;3 is the usual rule, because two dips can line up by chance. Lower it to 2 to catch a planet on a long orbit that passed in front of its star only twice; raise it to keep only signals seen many times. Signals with fewer transits are not listed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cuántos tránsitos necesita una caída que se repite para aparecer como candidato. Solo cuentan los tránsitos que caen donde la curva de luz tiene datos.&lt;/p&gt;&lt;p&gt;3 es la regla habitual, porque dos caídas pueden alinearse por azar. Bájelo a 2 para encontrar un planeta de órbita larga que pasó por delante de su estrella solo dos veces; súbalo para quedarse solo con señales vistas muchas veces. Las señales con menos tránsitos no aparecen en la lista.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;How the search decides how noisy each measurement is. This sets the signal-to-noise ratio (SNR) of every dip, and so which ones pass &lt;b&gt;Min SNR&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Local scatter&lt;/b&gt; (recommended): measured on the light curve itself, over about a day around each point, so a restless stretch of data counts for less.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pipeline errors&lt;/b&gt;: the uncertainties that the mission&apos;s pipeline wrote in the file. They can miss what really disturbs this star; use them to compare with other tools (the command line&apos;s &lt;tt&gt;--noise pipeline&lt;/tt&gt;). Without them in the file, the local scatter is used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cómo decide la búsqueda cuánto ruido tiene cada medida. Esto fija la relación señal/ruido (SNR) de cada caída y, por tanto, cuáles superan &lt;b&gt;SNR mín.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dispersión local&lt;/b&gt; (recomendada): medida en la propia curva de luz, en torno a un día alrededor de cada punto, de modo que un tramo de datos agitado cuenta menos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Errores del pipeline&lt;/b&gt;: las incertidumbres que el pipeline de la misión escribió en el archivo. Pueden pasar por alto lo que de verdad perturba a esta estrella; úselas para comparar con otras herramientas (&lt;tt&gt;--noise pipeline&lt;/tt&gt; en la línea de órdenes). Si el archivo no las trae, se usa la dispersión local.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Two more choices of the search: how the noise of the measurements is estimated, and how many transits a candidate needs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dos opciones más de la búsqueda: cómo se estima el ruido de las medidas y cuántos tránsitos necesita un candidato.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>exo::ui::PixelPanel</name>
    <message>
        <source>Colour map. Viridis and inferno are perceptually uniform: equal steps in brightness look like equal steps in colour.</source>
        <translation>Mapa de colores. Viridis e inferno son perceptualmente uniformes: pasos iguales de brillo se ven como pasos iguales de color.</translation>
    </message>
    <message>
        <source>Brightness stretch between the 1st and 99.5th percentile. Square root, log and asinh bring out faint neighbours of a bright star.</source>
        <translation>Estiramiento del brillo entre los percentiles 1 y 99,5. Raíz cuadrada, log y asinh resaltan las vecinas débiles de una estrella brillante.</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Show the median image over all cadences instead of a single frame: steadier, and best for choosing an aperture.</source>
        <translation>Mostrar la imagen mediana de todas las cadencias en lugar de un solo fotograma: más estable, y la mejor para elegir una apertura.</translation>
    </message>
    <message>
        <source>Play the frames as a movie, to spot moving objects, pointing jitter or a variable neighbour.</source>
        <translation>Reproducir los fotogramas como una película, para detectar objetos en movimiento, temblores del apuntado o una vecina variable.</translation>
    </message>
    <message>
        <source>Cadence shown. Drag to step through the frames.</source>
        <translation>Cadencia mostrada. Arrastre para recorrer los fotogramas.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Use the mission pipeline&apos;s optimal aperture (APERTURE bit 2).</source>
        <translation>Usar la apertura óptima del pipeline de la misión (bit 2 de APERTURE).</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Select the pixels brighter than the median by this many standard deviations, keeping the region that contains the target.</source>
        <translation>Seleccionar los píxeles más brillantes que la mediana en este número de desviaciones típicas, conservando la región que contiene el objetivo.</translation>
    </message>
    <message>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <source>Threshold in standard deviations above the median image level.</source>
        <translation>Umbral en desviaciones típicas por encima del nivel mediano de la imagen.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Use every pixel: maximum flux, but more noise and contamination.</source>
        <translation>Usar todos los píxeles: flujo máximo, pero más ruido y contaminación.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove every pixel from the aperture, then click or drag to build your own.</source>
        <translation>Quitar todos los píxeles de la apertura y luego hacer clic o arrastrar para construir la suya.</translation>
    </message>
    <message>
        <source>Pixel curves</source>
        <translation>Curvas por píxel</translation>
    </message>
    <message>
        <source>Draw each pixel&apos;s own light curve inside its cell: a transit that appears off the target pixels comes from a neighbour.</source>
        <translation>Dibujar la curva de luz propia de cada píxel dentro de su celda: un tránsito que aparece fuera de los píxeles del objetivo viene de una vecina.</translation>
    </message>
    <message>
        <source>Click a pixel to add or remove it from the aperture; drag to paint.</source>
        <translation>Haga clic en un píxel para añadirlo a la apertura o quitarlo; arrastre para pintar.</translation>
    </message>
    <message>
        <source>Pause the movie.</source>
        <translation>Pausar la película.</translation>
    </message>
    <message numerus="yes">
        <source>median of %n frames</source>
        <translation>
            <numerusform>mediana de %n fotograma</numerusform>
            <numerusform>mediana de %n fotogramas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> (t = %1 d)</source>
        <translation> (t = %1 d)</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Píxeles</translation>
    </message>
    <message>
        <source>Difference image</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Depth map</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Pixels: the frames. Difference image: out-of-transit minus in-transit flux of the selected candidate; a planet of this star lights up the star, a background binary lights up a neighbour. Depth map: the same divided by each pixel&apos;s flux (ppm).</source>
        <translation>Píxeles: los fotogramas. Diferencia: flujo fuera del tránsito menos flujo en tránsito del candidato seleccionado; un planeta de esta estrella ilumina la estrella, una binaria de fondo ilumina una vecina. Profundidad: la misma imagen dividida por el flujo de cada píxel (ppm).</translation>
    </message>
    <message>
        <source>difference image (e-/s)</source>
        <translation>imagen de diferencia (e-/s)</translation>
    </message>
    <message>
        <source>depth map (ppm)</source>
        <translation>mapa de profundidad (ppm)</translation>
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
        <translation>Sin datos de píxeles</translation>
    </message>
    <message>
        <source>%1, %2: %3 e-/s, bits %4</source>
        <translation>%1, %2: %3 e-/s, bits %4</translation>
    </message>
    <message>
        <source>%1, %2: no data, bits %3</source>
        <translation>%1, %2: sin datos, bits %3</translation>
    </message>
    <message>
        <source>Click to add or remove this pixel from the aperture; drag to paint or erase.</source>
        <translation>Haga clic para añadir este píxel a la apertura o quitarlo; arrastre para pintar o borrar.</translation>
    </message>
</context>
<context>
    <name>exo::ui::StarBrowser</name>
    <message>
        <source>Open files…</source>
        <translation>Abrir archivos…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open Kepler, K2 or TESS FITS files: light curves (…llc.fits, …lc.fits) or target pixel files (…lpd-targ.fits, …tp.fits).&lt;/p&gt;&lt;p&gt;You can also drag files from your file manager onto this list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abrir archivos FITS de Kepler, K2 o TESS: curvas de luz (…llc.fits, …lc.fits) o archivos de píxeles del objetivo (…lpd-targ.fits, …tp.fits).&lt;/p&gt;&lt;p&gt;También puede arrastrar archivos desde su gestor de archivos a esta lista.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Abrir una carpeta…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open every FITS file in a folder and its subfolders, e.g. a workshop data set. Files are grouped by star.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abrir todos los archivos FITS de una carpeta y sus subcarpetas, p. ej. los datos de un taller. Los archivos se agrupan por estrella.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drop Kepler, K2 or TESS files or folders here, or use Open files…</source>
        <translation>Suelte aquí archivos o carpetas de Kepler, K2 o TESS, o use Abrir archivos…</translation>
    </message>
    <message>
        <source>Filter stars…</source>
        <translation>Filtrar estrellas…</translation>
    </message>
    <message>
        <source>Show only the stars whose name contains this text</source>
        <translation>Mostrar solo las estrellas cuyo nombre contiene este texto</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>píxeles</translation>
    </message>
    <message>
        <source>light curve</source>
        <translation>curva de luz</translation>
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
        <translation>Archivo de píxeles del objetivo: las imágenes; usted elige la apertura.</translation>
    </message>
    <message>
        <source>Light curve: brightness measured by the mission pipeline.</source>
        <translation>Curva de luz: brillo medido por el pipeline de la misión.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s)</source>
        <translation>
            <numerusform>%1: %n archivo</numerusform>
            <numerusform>%1: %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>Searched: %n candidate(s)</source>
        <translation>
            <numerusform>Buscada: %n candidato</numerusform>
            <numerusform>Buscada: %n candidatos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n flagged</source>
        <translation>
            <numerusform>, %n marcado</numerusform>
            <numerusform>, %n marcados</numerusform>
        </translation>
    </message>
    <message>
        <source>Not searched yet</source>
        <translation>Aún sin buscar</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Copy full path</source>
        <translation>Copiar la ruta completa</translation>
    </message>
    <message numerus="yes">
        <source>Remove this star (%n file(s))</source>
        <translation>
            <numerusform>Quitar esta estrella (%n archivo)</numerusform>
            <numerusform>Quitar esta estrella (%n archivos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exo::ui::Stretch</name>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Square root</source>
        <translation>Raíz cuadrada</translation>
    </message>
    <message>
        <source>Logarithmic</source>
        <translation>Logarítmico</translation>
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
        <translation>Seleccione un candidato para ver cada uno de sus tránsitos.</translation>
    </message>
    <message>
        <source>#%1  %2 ppm  SNR %3</source>
        <translation>#%1  %2 ppm  SNR %3</translation>
    </message>
    <message>
        <source>%1 strongest of %2 transits</source>
        <translation>los %1 más fuertes de %2 tránsitos</translation>
    </message>
    <message>
        <source>#%1  %2 ppm</source>
        <translation>#%1  %2 ppm</translation>
    </message>
    <message>
        <source>SNR %1</source>
        <translation>SNR %1</translation>
    </message>
</context>
<context>
    <name>exo::ui::VettingPanel</name>
    <message>
        <source>Check</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Select a candidate to vet it.</source>
        <translation>Seleccione un candidato para verificarlo.</translation>
    </message>
    <message>
        <source>No flag: every test passes.</source>
        <translation>Ninguna alerta: se superan todas las pruebas.</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Alertas: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>FLAG</source>
        <translation>ALERTA</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>%1 ± %2 ppm, SNR %3 over %4 transits</source>
        <translation>%1 ± %2 ppm, SNR %3 en %4 tránsitos</translation>
    </message>
    <message>
        <source>Odd / even</source>
        <translation>Impares / pares</translation>
    </message>
    <message>
        <source>odd %1 ± %2, even %3 ± %4 ppm: %5 σ</source>
        <translation>impares %1 ± %2, pares %3 ± %4 ppm: %5 σ</translation>
    </message>
    <message>
        <source>Secondary eclipse</source>
        <translation>Eclipse secundario</translation>
    </message>
    <message>
        <source>%1 ± %2 ppm at phase 0.5 (%3 σ), albedo %4</source>
        <translation>%1 ± %2 ppm en la fase 0,5 (%3 σ), albedo %4</translation>
    </message>
    <message>
        <source>planet-like</source>
        <translation>tipo planeta</translation>
    </message>
    <message>
        <source>Dip elsewhere</source>
        <translation>Caída en otra fase</translation>
    </message>
    <message>
        <source>strongest %1 ppm (%2 σ) at phase %3</source>
        <translation>la mayor: %1 ppm (%2 σ) en la fase %3</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Single event</source>
        <translation>Evento único</translation>
    </message>
    <message>
        <source>strongest transit carries %1 % of the signal</source>
        <translation>el tránsito más fuerte aporta el %1 % de la señal</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>ingress/total %1 (0 box, 0.5 V), V better by Δχ² %2; fitted %3 h</source>
        <translation>ingreso/total %1 (0 caja, 0,5 V), V mejor por Δχ² %2; duración ajustada %3 h</translation>
    </message>
    <message>
        <source>Sine vs box</source>
        <translation>Seno / caja</translation>
    </message>
    <message>
        <source>Δχ² sine %1, box %2</source>
        <translation>Δχ² seno %1, caja %2</translation>
    </message>
    <message>
        <source>Companion size</source>
        <translation>Tamaño del compañero</translation>
    </message>
    <message>
        <source>%1 Earth radii (star %2 R☉)</source>
        <translation>%1 radios terrestres (estrella %2 R☉)</translation>
    </message>
    <message>
        <source>Duration vs star</source>
        <translation>Duración esperada</translation>
    </message>
    <message>
        <source>%1 × the %2 h of a central transit</source>
        <translation>%1 × las %2 h de un tránsito central</translation>
    </message>
    <message>
        <source>Centroid</source>
        <translation>Centroide</translation>
    </message>
    <message>
        <source>difference image %1″ (%2 px) from the star, %3 σ over %4 transits</source>
        <translation>imagen de diferencia a %1″ (%2 px) de la estrella, %3 σ en %4 tránsitos</translation>
    </message>
    <message>
        <source>no pixel file</source>
        <translation>sin archivo de píxeles</translation>
    </message>
    <message>
        <source>too few transits in the pixel files</source>
        <translation>demasiado pocos tránsitos en los archivos de píxeles</translation>
    </message>
    <message>
        <source>%1 (%2/%3%4)</source>
        <translation>%1 (%2/%3%4)</translation>
    </message>
    <message>
        <source>, half a period apart</source>
        <translation>, separados por medio periodo</translation>
    </message>
    <message>
        <source>Ephemeris match</source>
        <translation>Efeméride común</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>white %1 ppm per point, red %2 ppm over the transit (β %3)</source>
        <translation>blanco %1 ppm por punto, rojo %2 ppm en el tránsito (β %3)</translation>
    </message>
</context>
</TS>
