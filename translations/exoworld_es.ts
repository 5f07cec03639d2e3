<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>MaskRangeCommand</name>
    <message>
        <location filename="../app/commands/mask_range_command.cpp" line="13"/>
        <source>Mask time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/mask_range_command.cpp" line="14"/>
        <source>Clear masked ranges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../app/session/session.cpp" line="285"/>
        <source>Flag candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session.cpp" line="286"/>
        <source>Unflag candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session.cpp" line="296"/>
        <source>Edit note of candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session.cpp" line="307"/>
        <source>Set disposition of candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionIO</name>
    <message>
        <location filename="../app/session/session_io.cpp" line="101"/>
        <source>This is not an ExoWorld session file (format &quot;%1&quot;, expected &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_io.cpp" line="109"/>
        <source>The session file has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_io.cpp" line="113"/>
        <source>This session was written by a newer ExoWorld (format %1); this version reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_io.cpp" line="121"/>
        <source>The session file is damaged (&quot;%1&quot; is not a list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_io.cpp" line="127"/>
        <source>The session file is damaged (&quot;%1&quot; is not an object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_io.cpp" line="142"/>
        <source>A file entry without a path was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_io.cpp" line="150"/>
        <source>Data file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_io.cpp" line="168"/>
        <source>The aperture of %1, which is not among the session&apos;s files, was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_io.cpp" line="194"/>
        <source>No session file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_io.cpp" line="203"/>
        <location filename="../app/session/session_io.cpp" line="208"/>
        <source>Cannot write the session file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_io.cpp" line="212"/>
        <source>Cannot save the session file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_io.cpp" line="229"/>
        <source>Cannot open the session file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_io.cpp" line="236"/>
        <source>The file %1 is not a session file (invalid JSON at offset %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_io.cpp" line="244"/>
        <source>The file %1 is not a session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_json.cpp" line="53"/>
        <source>Unknown aperture mode &quot;%1&quot; for %2; using the pipeline aperture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_json.cpp" line="80"/>
        <source>The custom aperture of %1 is damaged; using the pipeline aperture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_json.cpp" line="87"/>
        <source>The custom aperture of %1 has no mask; using the pipeline aperture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_json.cpp" line="121"/>
        <source>Unknown flux source &quot;%1&quot;; using the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_json.cpp" line="136"/>
        <source>Unknown detrending method &quot;%1&quot;; using the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_json.cpp" line="146"/>
        <source>A damaged masked time range was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/session/session_json.cpp" line="196"/>
        <source>Unknown search objective &quot;%1&quot;; using the default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetApertureCommand</name>
    <message>
        <location filename="../app/commands/set_aperture_command.cpp" line="26"/>
        <source>Use pipeline aperture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_aperture_command.cpp" line="28"/>
        <source>Use threshold aperture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_aperture_command.cpp" line="30"/>
        <source>Use all pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_aperture_command.cpp" line="34"/>
        <location filename="../app/commands/set_aperture_command.cpp" line="38"/>
        <source>Edit aperture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_aperture_command.cpp" line="37"/>
        <source>Change aperture threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetSettingsCommand</name>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="41"/>
        <source>Change flux source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="43"/>
        <source>Change quality mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="45"/>
        <source>Change outlier clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="47"/>
        <source>Change detrending method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="49"/>
        <source>Change detrending window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="51"/>
        <source>Change gap threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="53"/>
        <source>Change minimum segment length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="55"/>
        <source>Change masked ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="57"/>
        <source>Change preparation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="91"/>
        <source>Change period range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="93"/>
        <source>Change period oversampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="95"/>
        <source>Change transit durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="97"/>
        <source>Change number of planets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="99"/>
        <source>Change SNR threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="101"/>
        <source>Change SDE threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="103"/>
        <source>Change search objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="105"/>
        <source>Change thread count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/set_settings_command.cpp" line="106"/>
        <source>Change search settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::app</name>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="10"/>
        <source>usage: exoworld [FILE|FOLDER|SESSION...] [--screenshot OUT.png] [--size WxH]

Open Kepler, K2 or TESS files (pixel files or light curves), a folder of them, or a
saved session. Without files, the demo star opens.

  --screenshot OUT.png  lay out the window, run the default pipeline on the files (or
                        the demo star), wait for the results, save a PNG and exit
                        (0 on success, non-zero if anything failed)
  --size WxH            window size (default 1440x900)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="30"/>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="46"/>
        <source>--size expects WxH, e.g. 1366x768</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/launch_options.cpp" line="56"/>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::app::AnalysisController</name>
    <message>
        <location filename="../app/gui/analysis_controller.cpp" line="272"/>
        <source>Searching for transits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::app::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="73"/>
        <source>Open a star: File &gt; Open, or drop Kepler/K2/TESS files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="86"/>
        <location filename="../app/gui/main_window.cpp" line="92"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="86"/>
        <location filename="../app/gui/main_window_results.cpp" line="197"/>
        <source>Normalised flux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="87"/>
        <source>The star&apos;s brightness through the aperture, with the fitted trend.
Wheel: zoom. Drag: pan. Shift+drag: box zoom. Alt+drag: hide a time range from the analysis. Double-click: reset. Click a point to see its pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="92"/>
        <location filename="../app/gui/main_window_results.cpp" line="198"/>
        <source>Flattened flux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="93"/>
        <source>The light curve divided by its trend: transits show up as short dips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="95"/>
        <source>Transit search (BLS) power against trial period. Click a peak to fold on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="97"/>
        <source>The flattened light curve folded on the period: every transit stacked on top of each other. Odd and even transits are drawn in different colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="158"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="159"/>
        <source>Stop the computation that is running (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="169"/>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="175"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="189"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="190"/>
        <source>&amp;Open Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="192"/>
        <source>Open Kepler, K2 or TESS pixel files or light curves (.fits, .fits.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="193"/>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="193"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="194"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="197"/>
        <source>Open &amp;Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="198"/>
        <source>&amp;Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="199"/>
        <source>Save Session &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="201"/>
        <source>Export &amp;Plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="201"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="202"/>
        <source>Export &amp;Light Curve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="202"/>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="204"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="206"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="207"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="209"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="210"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="214"/>
        <source>Clear &amp;Masked Ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="216"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="217"/>
        <source>Show &amp;Flagged Cadences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="220"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="221"/>
        <source>Show cadences that the mission&apos;s quality flags mark as suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="227"/>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="227"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="234"/>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="235"/>
        <source>Run &amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="235"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="239"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="242"/>
        <source>&amp;Next Quarter/Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="242"/>
        <source>Ctrl+]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="247"/>
        <source>&amp;Previous Quarter/Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="247"/>
        <source>Ctrl+[</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="253"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="254"/>
        <source>&amp;Quick Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="255"/>
        <source>Quick start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="256"/>
        <source>&lt;b&gt;Find a planet in four steps&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Open a star (File &amp;gt; Open). Its pixels appear on the left, its light curve on the right.&lt;/li&gt;&lt;li&gt;Click pixels to add or remove them from the aperture; the light curve follows.&lt;/li&gt;&lt;li&gt;The transit search runs by itself. Click the highest peak of the periodogram.&lt;/li&gt;&lt;li&gt;The folded view shows the transit. Flag convincing candidates in the list.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="262"/>
        <source>&amp;About ExoWorld Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="263"/>
        <source>About ExoWorld Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="264"/>
        <source>&lt;b&gt;ExoWorld Explorer %1&lt;/b&gt;&lt;p&gt;Hunt transiting exoplanets in Kepler, K2 and TESS data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="300"/>
        <source>Could not prepare the light curve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="306"/>
        <source>The transit search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="345"/>
        <source>No FITS files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="368"/>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="369"/>
        <source>C%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="370"/>
        <source>S%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="388"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="407"/>
        <source>Generating the demo star…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="414"/>
        <source>Could not generate the demo star in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="437"/>
        <source>ExoWorld Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="445"/>
        <source>Open Kepler, K2 or TESS files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="446"/>
        <source>FITS files (*.fits *.fits.gz *.fit);;Sessions (*.exoworld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="454"/>
        <source>Open a folder of FITS files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="465"/>
        <location filename="../app/gui/main_window.cpp" line="470"/>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="471"/>
        <source>ExoWorld sessions (*.exoworld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="480"/>
        <location filename="../app/gui/main_window.cpp" line="484"/>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="481"/>
        <source>ExoWorld sessions (*.exoworld *.exoworld.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="519"/>
        <source>Unsaved analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="520"/>
        <source>Save the session before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_results.cpp" line="83"/>
        <source>Pixel column %1, row %2: %3 e-/s, aperture bits %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_results.cpp" line="196"/>
        <source>Time (%1 = BJD − %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_results.cpp" line="204"/>
        <source>%1 cadences: %2 flagged by quality, %3 clipped, %4 masked by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_results.cpp" line="225"/>
        <source>BLS power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_results.cpp" line="225"/>
        <source>SDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_results.cpp" line="253"/>
        <source>Search done: %1 trial periods in %2 s, %3 candidate(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_results.cpp" line="404"/>
        <location filename="../app/gui/main_window_results.cpp" line="412"/>
        <source>Export plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_results.cpp" line="405"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_results.cpp" line="418"/>
        <location filename="../app/gui/main_window_results.cpp" line="419"/>
        <location filename="../app/gui/main_window_results.cpp" line="427"/>
        <source>Export light curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_results.cpp" line="418"/>
        <source>Open a star first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_results.cpp" line="420"/>
        <source>CSV table (*.csv);;FITS light curve (*.fits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_results.cpp" line="427"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::ui</name>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="11"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="12"/>
        <source>The file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="13"/>
        <source>This is a folder or special file, not a data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="14"/>
        <source>The file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="15"/>
        <source>This is not a FITS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="16"/>
        <source>The FITS file is truncated or damaged (an incomplete download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="17"/>
        <source>The FITS file has no light-curve or pixel table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="18"/>
        <source>A required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="19"/>
        <source>The table has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="20"/>
        <source>Every value is NaN: there is no usable data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="21"/>
        <source>This is not a Kepler, K2 or TESS product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="22"/>
        <source>This kind of FITS product is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="23"/>
        <source>The files belong to different stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="24"/>
        <source>Invalid parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="25"/>
        <source>The request is too large for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="26"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="27"/>
        <source>Could not write the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/error_text.cpp" line="28"/>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="20"/>
        <source>There is no plot to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="31"/>
        <source>SVG export is not available in this build; save as PDF for a vector figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="33"/>
        <source>Unknown image type &quot;%1&quot;: use .png, .jpg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="35"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="41"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="41"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/plot_export.cpp" line="42"/>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::ui::CandidatesModel</name>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="61"/>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="90"/>
        <source>&lt;b&gt;Candidate %1&lt;/b&gt;&lt;br&gt;Period %2 d, %3 transits of %4 h&lt;br&gt;Depth %5 ppm (%6 ppm at phase 0.5)&lt;br&gt;SNR %7, SDE %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="99"/>
        <source>Odd and even transits differ by %1 σ: possibly an eclipsing binary at twice this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="129"/>
        <source>Tick to mark this candidate for follow-up or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="141"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="142"/>
        <source>Period (d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="144"/>
        <source>T0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="144"/>
        <source>T0 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="145"/>
        <source>Duration (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="146"/>
        <source>Depth (ppm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="147"/>
        <source>SNR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="148"/>
        <source>SDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="149"/>
        <source>Transits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="150"/>
        <source>Odd/even σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="151"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="157"/>
        <source>Order in which the search found the signal: 1 is the strongest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="158"/>
        <source>Time between two transits (orbital period), in days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="160"/>
        <source>Time of the middle of one transit, in the mission&apos;s day count (%1). Together with the period it predicts every transit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="162"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="163"/>
        <source>How long one transit lasts, in hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="165"/>
        <source>How much the star dims during a transit, in parts per million (1000 ppm = 0.1 %). The planet&apos;s size grows with the square root of the depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="168"/>
        <source>Signal-to-noise ratio: the depth divided by its uncertainty. Above about 7 the signal is unlikely to be noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="171"/>
        <source>Signal detection efficiency: how far this period stands out in the periodogram. Above about 9 is a clear detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="174"/>
        <source>Number of transits covered by data. Two or three are the minimum to trust a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="177"/>
        <source>Difference between the depths of odd and even transits, in σ. Above 3 (shown in amber) the &apos;planet&apos; may be two stars eclipsing each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/candidates_model.cpp" line="179"/>
        <source>Your mark for candidates worth a closer look.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::ui::CandidatesTable</name>
    <message>
        <location filename="../widgets/panels/candidates_table.cpp" line="98"/>
        <source>Run a search to list candidate transits here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::ui::ColorMap</name>
    <message>
        <location filename="../widgets/pixels/color_map.cpp" line="182"/>
        <source>Viridis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/color_map.cpp" line="183"/>
        <source>Gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/color_map.cpp" line="184"/>
        <source>Inferno</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::ui::FoldPlot</name>
    <message>
        <location filename="../widgets/plots/fold_plot.cpp" line="18"/>
        <location filename="../widgets/plots/fold_plot.cpp" line="112"/>
        <source>Even transits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/fold_plot.cpp" line="19"/>
        <source>Odd transits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/fold_plot.cpp" line="20"/>
        <source>Binned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/fold_plot.cpp" line="21"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/fold_plot.cpp" line="24"/>
        <source>Hours from mid-transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/fold_plot.cpp" line="25"/>
        <source>Normalised flux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/fold_plot.cpp" line="29"/>
        <source>Every transit stacked on one another. Odd and even transits have their own colour: different depths suggest an eclipsing binary. Double-click to switch between the transit and the whole orbit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/fold_plot.cpp" line="112"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::ui::LightCurvePlot</name>
    <message>
        <location filename="../widgets/plots/light_curve_plot.cpp" line="35"/>
        <location filename="../widgets/plots/light_curve_plot.cpp" line="41"/>
        <source>Flux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/light_curve_plot.cpp" line="36"/>
        <source>Quality-flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/light_curve_plot.cpp" line="37"/>
        <source>Masked by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/light_curve_plot.cpp" line="38"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/light_curve_plot.cpp" line="39"/>
        <source>Transits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/light_curve_plot.cpp" line="40"/>
        <source>Time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/light_curve_plot.cpp" line="47"/>
        <source>Wheel: zoom time (Ctrl+wheel: flux). Drag: pan. Shift+drag or right-drag: zoom to a box. Alt+drag: select a time range. Double-click: show everything. Click a point to select it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::ui::PeriodogramPlot</name>
    <message>
        <location filename="../widgets/plots/periodogram_plot.cpp" line="19"/>
        <location filename="../widgets/plots/periodogram_plot.cpp" line="24"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/periodogram_plot.cpp" line="22"/>
        <source>Peaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/periodogram_plot.cpp" line="23"/>
        <source>Period (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/periodogram_plot.cpp" line="29"/>
        <source>Click a peak to try that period. Wheel: zoom; drag: pan; double-click: show all. Dashed lines mark half and double the best period: a true planet&apos;s signal often echoes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/periodogram_plot.cpp" line="213"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/periodogram_plot.cpp" line="222"/>
        <source>P/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/plots/periodogram_plot.cpp" line="222"/>
        <source>2P</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::ui::PipelinePanel</name>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="75"/>
        <source>Light curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="82"/>
        <source>PDCSAP (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="83"/>
        <source>SAP (raw aperture sum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="84"/>
        <source>Flux:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="88"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="89"/>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="90"/>
        <source>Hardest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="91"/>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="122"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="92"/>
        <source>Custom bitmask…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="93"/>
        <source>Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="100"/>
        <source>Bitmask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="103"/>
        <source>Clip above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="110"/>
        <source> σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="114"/>
        <source>Outliers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="118"/>
        <source>Biweight (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="119"/>
        <source>Sliding median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="120"/>
        <source>Moving average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="121"/>
        <source>Savitzky–Golay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="123"/>
        <source>Detrend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="135"/>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="29"/>
        <source> d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="139"/>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="144"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="154"/>
        <source>&lt;p&gt;Which brightness measurement of a light-curve file to analyse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;PDCSAP&lt;/b&gt;: the mission pipeline has already removed most spacecraft effects (slow drifts, jumps). Best for finding planets: start here.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SAP&lt;/b&gt;: the plain sum of the pixels in the aperture, with instrument trends left in. Try it when a long or deep transit looks distorted in PDCSAP.&lt;/p&gt;&lt;p&gt;Pixel files are not affected: their flux comes from the aperture you draw.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="161"/>
        <source>&lt;p&gt;Which measurements to ignore because the spacecraft flagged a problem (thruster firings, cosmic rays, pointing drift, …).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Default&lt;/b&gt;: ignores the clearly bad points. Right for most stars.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hard&lt;/b&gt;: also ignores points that are often fine. Use it if you see isolated jumps or spikes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hardest&lt;/b&gt;: ignores every flagged point, which can throw away good data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;None&lt;/b&gt;: keeps everything.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Custom&lt;/b&gt;: type the flag bitmask yourself, e.g. when following a published recipe.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="170"/>
        <source>&lt;p&gt;The quality flags to ignore, as the sum of their bit values (each flag is a power of two). For reference, the Default preset is 1130799 for Kepler and K2 and 17087 for TESS. 0 keeps every point.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="174"/>
        <source>&lt;p&gt;Removes single points that lie far &lt;i&gt;above&lt;/i&gt; the trend: cosmic rays, flares, scattered light. Only upward outliers are removed, so transit dips are never clipped.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="177"/>
        <source>&lt;p&gt;How far above the trend a point must be to be removed, in units of the light curve&apos;s scatter (σ). Lower is more aggressive.&lt;/p&gt;&lt;p&gt;5 σ is safe. Go down to 3 σ for data with many spikes; go up if real features disappear.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="181"/>
        <source>&lt;p&gt;Removes slow brightness changes of the star (spots, rotation) and of the instrument, so that short transit dips stand out.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Biweight&lt;/b&gt;: robust; ignores the dips while estimating the trend. Recommended.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sliding median&lt;/b&gt;: also robust, slightly less smooth.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Moving average&lt;/b&gt;: simple, but dips pull the trend down and transits come out shallower.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Savitzky–Golay&lt;/b&gt;: a smooth polynomial filter; follows fast variability better.&lt;/p&gt;&lt;p&gt;&lt;b&gt;None&lt;/b&gt;: analyse the flux as it is.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="190"/>
        <source>&lt;p&gt;Length of the detrending window, in days.&lt;/p&gt;&lt;p&gt;It must be clearly longer than a transit (about three times the longest transit you look for), or the filter flattens the dip itself. Shorter windows follow fast stellar variability better.&lt;/p&gt;&lt;p&gt;0.75 d suits transits up to about 6 hours.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="197"/>
        <source>&lt;p&gt;Time ranges you excluded by hand (a glitch, a flare, a bad stretch) are left out of the detrending and of the transit search. Select them on the light-curve plot.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clear&lt;/b&gt; removes them all (you can undo it).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel.cpp" line="276"/>
        <source>Masked ranges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="28"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="65"/>
        <source>Transit search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="71"/>
        <source>Min period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="72"/>
        <source>Max period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="79"/>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="81"/>
        <source>Oversampling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="85"/>
        <source>auto, or e.g. 1, 2, 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="86"/>
        <source>Durations (h):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="92"/>
        <source>Max planets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="100"/>
        <source>Min SNR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="108"/>
        <source>Min SDE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="111"/>
        <source>Search automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="113"/>
        <source>Run search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="120"/>
        <source>&lt;p&gt;Shortest orbital period to try, in days. &lt;b&gt;Auto&lt;/b&gt; starts at half a day.&lt;/p&gt;&lt;p&gt;Raise it to skip very short periods that only pick up noise.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="123"/>
        <source>&lt;p&gt;Longest orbital period to try, in days. &lt;b&gt;Auto&lt;/b&gt; uses half the time span of the data, so that every candidate shows at least two transits.&lt;/p&gt;&lt;p&gt;Lower it to make the search faster.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="127"/>
        <source>&lt;p&gt;How finely the trial periods are spaced. Higher values are less likely to step over a planet between two trial periods, but the search takes proportionally longer.&lt;/p&gt;&lt;p&gt;3 is a good balance; use 5–10 for a final check of a promising star.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="131"/>
        <source>&lt;p&gt;Transit durations to try, in hours. &lt;b&gt;auto&lt;/b&gt; picks a range suited to the period grid. Or type a list separated by commas, with a point for decimals, e.g. &lt;tt&gt;1, 2.5, 4, 8&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Real transits last from about 1 hour (close-in planet, small star) to more than 10 hours (distant planet).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="136"/>
        <source>&lt;p&gt;How many signals to look for, one after the other. After each detection its transits are hidden and the search runs again, to find further planets of the same star.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="139"/>
        <source>&lt;p&gt;Signal-to-noise ratio a signal needs to be listed: the transit depth divided by its uncertainty.&lt;/p&gt;&lt;p&gt;7 is the usual threshold. Lower values list more candidates, but many of them are noise.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="143"/>
        <source>&lt;p&gt;Signal detection efficiency: how far the best peak of the periodogram stands out from all the other trial periods.&lt;/p&gt;&lt;p&gt;9 is a common threshold; peaks below about 7 are often chance.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="147"/>
        <source>&lt;p&gt;Run the transit search again after every change of the settings.&lt;/p&gt;&lt;p&gt;Turn it off for long light curves, where one search takes a while, and press &lt;b&gt;Run search&lt;/b&gt; when you are ready.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="151"/>
        <source>&lt;p&gt;Search the prepared light curve for dips that repeat with a fixed period, using the settings above.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="168"/>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="228"/>
        <source>Type &quot;auto&quot; or durations in hours separated by commas, e.g. 1, 2.5, 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/pipeline_panel_search.cpp" line="192"/>
        <source>The minimum period (%1 d) is longer than the maximum period (%2 d).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::ui::PixelPanel</name>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="27"/>
        <source>Colour map. Viridis and inferno are perceptually uniform: equal steps in brightness look like equal steps in colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="32"/>
        <source>Brightness stretch between the 1st and 99.5th percentile. Square root, log and asinh bring out faint neighbours of a bright star.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="37"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="40"/>
        <source>Show the median image over all cadences instead of a single frame: steadier, and best for choosing an aperture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="45"/>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="203"/>
        <source>Play the frames as a movie, to spot moving objects, pointing jitter or a variable neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="49"/>
        <source>Cadence shown. Drag to step through the frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="53"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="54"/>
        <source>Use the mission pipeline&apos;s optimal aperture (APERTURE bit 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="55"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="56"/>
        <source>Select the pixels brighter than the median by this many standard deviations, keeping the region that contains the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="62"/>
        <source> σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="63"/>
        <source>Threshold in standard deviations above the median image level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="64"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="65"/>
        <source>Use every pixel: maximum flux, but more noise and contamination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="66"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="67"/>
        <source>Remove every pixel from the aperture, then click or drag to build your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="69"/>
        <source>Pixel curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="71"/>
        <source>Draw each pixel&apos;s own light curve inside its cell: a transit that appears off the target pixels comes from a neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="74"/>
        <source>Click a pixel to add or remove it from the aperture; drag to paint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="202"/>
        <source>Pause the movie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/pixels/pixel_panel.cpp" line="234"/>
        <source>median of %n frames</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="238"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_panel.cpp" line="240"/>
        <source> (t = %1 d)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::ui::PixelView</name>
    <message>
        <location filename="../widgets/pixels/pixel_view.cpp" line="169"/>
        <location filename="../widgets/pixels/pixel_view.cpp" line="378"/>
        <source>e-/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_view.cpp" line="227"/>
        <source>No pixel data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_view.cpp" line="401"/>
        <source>%1, %2: %3 e-/s, bits %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_view.cpp" line="402"/>
        <source>%1, %2: no data, bits %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/pixel_view.cpp" line="461"/>
        <source>Click to add or remove this pixel from the aperture; drag to paint or erase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exo::ui::StarBrowser</name>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="116"/>
        <location filename="../widgets/panels/star_browser.cpp" line="423"/>
        <source>Open files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="118"/>
        <source>&lt;p&gt;Open Kepler, K2 or TESS FITS files: light curves (…llc.fits, …lc.fits) or target pixel files (…lpd-targ.fits, …tp.fits).&lt;/p&gt;&lt;p&gt;You can also drag files from your file manager onto this list.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="121"/>
        <location filename="../widgets/panels/star_browser.cpp" line="424"/>
        <source>Open folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="123"/>
        <source>&lt;p&gt;Open every FITS file in a folder and its subfolders, e.g. a workshop data set. Files are grouped by star.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="129"/>
        <source>Drop Kepler, K2 or TESS files or folders here, or use Open files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="266"/>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="266"/>
        <source>light curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="268"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="269"/>
        <source>%1&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="270"/>
        <source>Target pixel file: the images; you choose the aperture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="271"/>
        <source>Light curve: brightness measured by the mission pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="311"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/panels/star_browser.cpp" line="313"/>
        <source>%1: %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="411"/>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/star_browser.cpp" line="412"/>
        <source>Copy full path</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/panels/star_browser.cpp" line="418"/>
        <source>Remove this star (%n file(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exo::ui::Stretch</name>
    <message>
        <location filename="../widgets/pixels/color_map.cpp" line="189"/>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/color_map.cpp" line="190"/>
        <source>Square root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/color_map.cpp" line="191"/>
        <source>Logarithmic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/pixels/color_map.cpp" line="192"/>
        <source>Asinh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
