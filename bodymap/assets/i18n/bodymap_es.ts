<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DetailPanel</name>
    <message>
        <source>Muscle details</source>
        <translation>Detalles del músculo</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>Patient&apos;s left</source>
        <translation>Izquierda
del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation>Derecha
del paciente</translation>
    </message>
</context>
<context>
    <name>HeatMapWindow</name>
    <message>
        <source>Heat map — bodymap</source>
        <translation>Mapa de calor — bodymap</translation>
    </message>
    <message>
        <source>How well the top candidates explain each spot</source>
        <translation>Cuánto explican cada punto los mejores candidatos</translation>
    </message>
    <message>
        <source>Where all muscles refer pain (for study)</source>
        <translation>Adónde refieren dolor todos los músculos (para estudiar)</translation>
    </message>
    <message>
        <source>Back on the left, front on the right; on the back the patient&apos;s left is on your left, on the front on your right.</source>
        <translation>Espalda a la izquierda, delante a la derecha; en la espalda, la izquierda del paciente está a su izquierda; delante, a su derecha.</translation>
    </message>
    <message>
        <source>Trigger points referring here</source>
        <translation>Puntos gatillo que refieren aquí</translation>
    </message>
    <message>
        <source>Where the trigger points of every muscle in the reference refer pain: essential zones count 1, spillover zones ½.</source>
        <translation>Adónde refieren dolor los puntos gatillo de todos los músculos de la referencia: las zonas esenciales cuentan 1, las de extensión ½.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>How well each spot is explained by the top {count} candidates: their score where the spot lies in an essential zone, half of it in a spillover zone.</source>
        <translation>Cuánto explican cada punto los {count} mejores candidatos: su puntuación donde el punto cae en una zona esencial, la mitad en una zona de extensión.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Information, not medical advice — please ask your clinician about your pain.</source>
        <translation>Información, no consejo médico: pregunte sobre su dolor al profesional que le atiende.</translation>
    </message>
    <message>
        <source>A tight knot in one muscle can cause pain somewhere else. Touch the body to see where muscles can send pain, and read what dry needling is.</source>
        <translation>Un nudo tenso en un músculo puede causar dolor en otro sitio. Toque el cuerpo para ver adónde pueden enviar dolor los músculos, y lea qué es la punción seca.</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Shoulder</source>
        <translation>Hombro</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <source>Middle back</source>
        <translation>Mitad de la espalda</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Parte baja de la espalda</translation>
    </message>
    <message>
        <source>Buttock and hip</source>
        <translation>Nalga y cadera</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Belly and groin</source>
        <translation>Barriga e ingle</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Brazo</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Mano</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Pierna</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Where does your pain come from?</source>
        <translation>¿De dónde viene su dolor?</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Toque para empezar</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <source>Deeper muscles</source>
        <translation>Más profundo</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <source>About dry needling</source>
        <translation>Punción seca</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Imprimir esta página</translation>
    </message>
    <message>
        <source>Deepest muscles</source>
        <translation>Aún más</translation>
    </message>
    <message>
        <source>All muscles</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Muscles A–Z</source>
        <translation>Músculos de la A a la Z</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Essential zone: felt by nearly everyone with this trigger point</source>
        <translation>Zona esencial: la siente casi todo el que tiene este punto gatillo</translation>
    </message>
    <message>
        <source>Spillover zone: felt by some</source>
        <translation>Zona de extensión: la sienten algunos</translation>
    </message>
    <message>
        <source>Trigger point</source>
        <translation>Punto gatillo</translation>
    </message>
    <message>
        <source>Where the pain is usually felt</source>
        <translation>Donde suele sentirse el dolor</translation>
    </message>
    <message>
        <source>Where it may also be felt</source>
        <translation>Donde también puede sentirse</translation>
    </message>
    <message>
        <source>Where the knot usually is</source>
        <translation>Donde suele estar el nudo</translation>
    </message>
    <message>
        <source>Legend: essential zones solid, spillover zones hatched, trigger points shown as ringed crosses</source>
        <translation>Leyenda: zonas esenciales en color liso, zonas de extensión a rayas, puntos gatillo como cruces en un círculo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back to the map / clear selection</source>
        <translation>Volver al mapa / quitar la selección</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About bodymap</source>
        <translation>&amp;Acerca de bodymap</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>MapControls</name>
    <message>
        <source>Back &amp;&amp; front</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <source>Soles</source>
        <translation>Plantas</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Superficial</source>
        <translation>Superficial</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Profunda</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figura</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Marcas óseas</translation>
    </message>
    <message>
        <source>Show bony landmarks (L)</source>
        <translation>Mostrar las marcas óseas: relieves de los huesos (L)</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>Back (posterior view)</source>
        <translation>Espalda (vista posterior)</translation>
    </message>
    <message>
        <source>Front (anterior view)</source>
        <translation>Delante (vista anterior)</translation>
    </message>
    <message>
        <source>Head and neck, side (lateral view)</source>
        <translation>Cabeza y cuello, de lado (vista lateral)</translation>
    </message>
    <message>
        <source>Soles of the feet (plantar view)</source>
        <translation>Plantas de los pies (vista plantar)</translation>
    </message>
</context>
<context>
    <name>ModeBar</name>
    <message>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>¿Dónde le duele?</translation>
    </message>
    <message>
        <source>Patient view</source>
        <translation>Vista del paciente</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudiar</translation>
    </message>
    <message>
        <source>Handout…</source>
        <translation>Hoja…</translation>
    </message>
    <message>
        <source>Print or save a two-page handout for the patient about the selected muscle (Ctrl+P)</source>
        <translation>Imprimir o guardar una hoja de dos páginas para el paciente sobre el músculo elegido (Ctrl+P)</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Hoja para el paciente</translation>
    </message>
</context>
<context>
    <name>PainMode</name>
    <message>
        <source>The drawing was not exported</source>
        <translation>No se exportó el dibujo</translation>
    </message>
</context>
<context>
    <name>PatientPanel</name>
    <message>
        <source>Explanation for the patient</source>
        <translation>Explicación para el paciente</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN to leave the kiosk.</source>
        <translation>Solo personal: introduzca el PIN para salir del quiosco.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo dentro de {seconds} s.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Study progress — bodymap</source>
        <translation>Progreso del estudio — bodymap</translation>
    </message>
    <message>
        <source>Answered correctly (%)</source>
        <translation>Respuestas correctas (%)</translation>
    </message>
    <message>
        <source>Date (one point per day of study)</source>
        <translation>Fecha (un punto por cada día de estudio)</translation>
    </message>
    <message>
        <source>No answers yet: start a session in Study mode.</source>
        <translation>Aún no hay respuestas: empiece una sesión en el modo Estudiar.</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 respuesta</translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation>{count} respuestas</translation>
    </message>
    <message>
        <source>{answers} over 1 day of study.</source>
        <translation>{answers} en 1 día de estudio.</translation>
    </message>
    <message>
        <source>{answers} over {days} days of study.</source>
        <translation>{answers} en {days} días de estudio.</translation>
    </message>
</context>
<context>
    <name>StudyPanel</name>
    <message>
        <source>Pattern → muscle</source>
        <translation>Patrón → músculo</translation>
    </message>
    <message>
        <source>Muscle → pattern</source>
        <translation>Músculo → patrón</translation>
    </message>
    <message>
        <source>Trigger point → muscle</source>
        <translation>Punto gatillo → músculo</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Marcas óseas</translation>
    </message>
    <message>
        <source>Both refer to:</source>
        <translation>Los dos refieren dolor a:</translation>
    </message>
    <message>
        <source>Only {a}:</source>
        <translation>Solo {a}:</translation>
    </message>
    <message>
        <source>Only {b}:</source>
        <translation>Solo {b}:</translation>
    </message>
    <message>
        <source>Essential for {a}, not for {b}:</source>
        <translation>Esencial para {a}, no para {b}:</translation>
    </message>
    <message>
        <source>Essential for {b}, not for {a}:</source>
        <translation>Esencial para {b}, no para {a}:</translation>
    </message>
    <message>
        <source>{a} (red, solid and striped) and {b} (blue, cross-hatched and dashed).</source>
        <translation>{a} (rojo, liso y rayado) y {b} (azul, cuadriculado y con línea discontinua).</translation>
    </message>
    <message>
        <source>Area score {score}: how much of the essential zone&apos;s area you marked, less what you marked outside the pattern. Correct needs every essential region and {pass_mark}.</source>
        <translation>Puntuación de área {score}: cuánta superficie de la zona esencial marcó, menos lo que marcó fuera del patrón. Para acertar hacen falta todas las zonas esenciales y un {pass_mark}.</translation>
    </message>
    <message>
        <source>Distance score {score}: full marks close to the landmark, fewer the further away the tap.</source>
        <translation>Puntuación de distancia {score}: puntuación completa cerca de la marca, menos cuanto más lejos toque.</translation>
    </message>
    <message>
        <source>✓ {name} (your answer)</source>
        <translation>✓ {name} (su respuesta)</translation>
    </message>
    <message>
        <source>✗ {name} (your answer)</source>
        <translation>✗ {name} (su respuesta)</translation>
    </message>
    <message>
        <source>✓ {name} (the answer)</source>
        <translation>✓ {name} (la respuesta)</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudiar</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para repasar hoy</translation>
    </message>
    <message>
        <source>Aim to remember</source>
        <translation>Recordar al menos</translation>
    </message>
    <message>
        <source>Desired retention, percent</source>
        <translation>Retención deseada, en porcentaje</translation>
    </message>
    <message>
        <source>How sure you want to be of still knowing an item when it comes back. Higher means shorter gaps and more reviews a day (FSRS&apos;s desired retention; 90% is its default).</source>
        <translation>Con qué seguridad quiere recordar algo cuando vuelva a salir. Más alto significa intervalos más cortos y más repasos al día (la retención deseada de FSRS; por defecto, 90 %).</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Questions in a session</source>
        <translation>Preguntas por sesión</translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation>Empezar una sesión</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>Compare two muscles</source>
        <translation>Comparar dos músculos</translation>
    </message>
    <message>
        <source>First muscle to compare</source>
        <translation>Primer músculo para comparar</translation>
    </message>
    <message>
        <source>Second muscle to compare</source>
        <translation>Segundo músculo para comparar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Progress chart…</source>
        <translation>Gráfico de progreso…</translation>
    </message>
    <message>
        <source>Reset progress…</source>
        <translation>Reiniciar el progreso…</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <source>Comparing two muscles ends the session under way. The answers given so far are kept. End the session and compare?</source>
        <translation>Comparar dos músculos termina la sesión en curso. Las respuestas dadas hasta ahora se guardan. ¿Terminar la sesión y comparar?</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>Reiniciar el progreso</translation>
    </message>
    <message>
        <source>Forget every answer and start the schedule afresh?</source>
        <translation>¿Olvidar todas las respuestas y empezar el calendario de nuevo?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{due} due today&lt;/b&gt; · {new} not yet studied</source>
        <translation>&lt;b&gt;{due} para repasar hoy&lt;/b&gt; · {new} sin estudiar todavía</translation>
    </message>
    <message>
        <source>{kind}: {correct} of {asked} (mean score {score})</source>
        <translation>{kind}: {correct} de {asked} (puntuación media {score})</translation>
    </message>
    <message>
        <source>Session done: {correct} of {asked} correct.</source>
        <translation>Sesión terminada: {correct} de {asked} correctas.</translation>
    </message>
    <message>
        <source>Coming back sooner: {items}.</source>
        <translation>Volverán antes: {items}.</translation>
    </message>
    <message>
        <source>Everything answered well.</source>
        <translation>Todo respondido bien.</translation>
    </message>
    <message>
        <source>Questions come from a schedule in days: what you miss comes back tomorrow, what you know comes back later, each time further apart.</source>
        <translation>Las preguntas siguen un calendario por días: lo que falla vuelve mañana, lo que sabe vuelve más tarde, cada vez más espaciado.</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} de {count}</translation>
    </message>
    <message>
        <source>Tap the body regions on the map, then press Check.</source>
        <translation>Toque las zonas del cuerpo en el mapa y después pulse Comprobar.</translation>
    </message>
    <message>
        <source>Tap the spot on the figure.</source>
        <translation>Toque el punto en la figura.</translation>
    </message>
    <message>
        <source>✓ Correct.</source>
        <translation>✓ Correcto.</translation>
    </message>
    <message>
        <source>✗ Not quite.</source>
        <translation>✗ No del todo.</translation>
    </message>
    <message>
        <source>On the map: green is the landmark, blue is your tap.</source>
        <translation>En el mapa: en verde, la marca ósea; en azul, donde tocó.</translation>
    </message>
    <message>
        <source>On the map: red is the answer&apos;s pattern, blue is yours.</source>
        <translation>En el mapa: en rojo, el patrón de la respuesta; en azul, el suyo.</translation>
    </message>
    <message>
        <source>See the summary</source>
        <translation>Ver el resumen</translation>
    </message>
</context>
<context>
    <name>StudySession</name>
    <message>
        <source>This trigger point</source>
        <translation>Este punto gatillo</translation>
    </message>
    <message>
        <source>Your tap</source>
        <translation>Donde tocó</translation>
    </message>
    <message>
        <source>Progress could not be saved: {error}</source>
        <translation>No se pudo guardar el progreso: {error}</translation>
    </message>
    <message>
        <source>The landmark</source>
        <translation>La marca ósea</translation>
    </message>
</context>
<context>
    <name>ZoomButtons</name>
    <message>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the figures (0)</source>
        <translation>Ajustar las figuras (0)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>bodymap — cannot start</source>
        <translation>bodymap — no puede arrancar</translation>
    </message>
    <message>
        <source>bodymap cannot start: the reference data or the drawing it comes with is missing or damaged. Reinstalling bodymap should repair it.</source>
        <translation>bodymap no puede arrancar: faltan o están dañados los datos de referencia o el dibujo que los acompaña. Reinstalar bodymap debería repararlo.</translation>
    </message>
    <message>
        <source>The chosen data or atlas has problems, so bodymap is showing its bundled reference instead.</source>
        <translation>Los datos o el atlas elegidos tienen problemas, así que bodymap muestra en su lugar la referencia que trae incorporada.</translation>
    </message>
    <message>
        <source>bodymap — data not loaded</source>
        <translation>bodymap — datos no cargados</translation>
    </message>
</context>
<context>
    <name>candidate_words</name>
    <message>
        <source>its main pain area covers {essential} of the drawing</source>
        <translation>su zona principal de dolor cubre el {essential} del dibujo</translation>
    </message>
    <message>
        <source>{spillover} more is where its pain sometimes spreads</source>
        <translation>otro {spillover} está donde su dolor a veces se extiende</translation>
    </message>
    <message>
        <source>{outside} is outside its usual area</source>
        <translation>un {outside} queda fuera de su zona habitual</translation>
    </message>
    <message>
        <source>{reasons}. The drawing fills {filled} of its main pain area.</source>
        <translation>{reasons}. El dibujo llena el {filled} de su zona principal de dolor.</translation>
    </message>
    <message>
        <source>Score {score} · based on {points}</source>
        <translation>Puntuación {score} · basada en {points}</translation>
    </message>
    <message>
        <source>{line} · pattern from {sources}</source>
        <translation>{line} · patrón según {sources}</translation>
    </message>
</context>
<context>
    <name>clinician_html</name>
    <message>
        <source>Contraindications graded absolute</source>
        <translation>Contraindicaciones absolutas</translation>
    </message>
    <message>
        <source>Contraindications graded relative</source>
        <translation>Contraindicaciones relativas</translation>
    </message>
    <message>
        <source>← Back to the muscle</source>
        <translation>← Volver al músculo</translation>
    </message>
    <message>
        <source>Dry needling safety for clinicians</source>
        <translation>Seguridad de la punción seca para profesionales</translation>
    </message>
    <message>
        <source>For the treating clinician only; never shown on patient screens. Each statement is cited; where the sources stop and practice habit begins, the text says so. Follow the guideline and law that govern your own practice.</source>
        <translation>Solo para el profesional que trata; nunca se muestra en las pantallas para pacientes. Cada afirmación cita su fuente; donde terminan las fuentes y empieza la costumbre de la práctica, el texto lo dice. Siga la guía y la ley que rigen su propia práctica.</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>Donde las fuentes no coinciden</translation>
    </message>
</context>
<context>
    <name>detail_html</name>
    <message>
        <source>Needling safety</source>
        <translation>Seguridad de la punción</translation>
    </message>
    <message>
        <source>Structures at risk:</source>
        <translation>Estructuras en riesgo:</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Trigger points and referred pain</source>
        <translation>Puntos gatillo y dolor referido</translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation>Anatomía</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Inserciones:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>Innervation:</source>
        <translation>Inervación:</translation>
    </message>
    <message>
        <source>In plain words (for the patient)</source>
        <translation>En palabras sencillas (para el paciente)</translation>
    </message>
    <message>
        <source>Red flag for the patient: could it be something else?</source>
        <translation>Señal de alarma para el paciente: ¿podría ser otra cosa?</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Trigger point reference</source>
        <translation>Referencia de puntos gatillo</translation>
    </message>
    <message>
        <source>Muscles A–Z</source>
        <translation>Músculos de la A a la Z</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Ir a:</translation>
    </message>
    <message>
        <source>Also at this spot:</source>
        <translation>También en este punto:</translation>
    </message>
    <message>
        <source>By trigger point</source>
        <translation>Por punto gatillo</translation>
    </message>
    <message>
        <source>Landmarks: {names}</source>
        <translation>Marcas óseas: {names}</translation>
    </message>
    <message>
        <source>■ Essential:</source>
        <translation>■ Esencial:</translation>
    </message>
    <message>
        <source>▨ Spillover:</source>
        <translation>▨ Extensión:</translation>
    </message>
    <message>
        <source>Other ({kind}):</source>
        <translation>Otros ({kind}):</translation>
    </message>
    <message>
        <source>Pneumothorax risk here: {level}</source>
        <translation>Riesgo de neumotórax aquí: {level}</translation>
    </message>
    <message>
        <source>Depth data:</source>
        <translation>Datos de profundidad:</translation>
    </message>
    <message>
        <source>Named in the sources but not drawn: its site could not be pinned down.</source>
        <translation>Citado en las fuentes pero no dibujado: no se pudo precisar su sitio.</translation>
    </message>
    <message>
        <source>Source note:</source>
        <translation>Nota sobre la fuente:</translation>
    </message>
    <message>
        <source>hide how each source was read (second-hand, abstract only, not read first-hand)</source>
        <translation>ocultar cómo se leyó cada fuente (de segunda mano, solo el resumen, no leída directamente)</translation>
    </message>
    <message>
        <source>show how each source was read (second-hand, abstract only, not read first-hand)</source>
        <translation>mostrar cómo se leyó cada fuente (de segunda mano, solo el resumen, no leída directamente)</translation>
    </message>
    <message>
        <source>Source notes ({count})</source>
        <translation>Notas sobre las fuentes ({count})</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>also called {names}</source>
        <translation>también llamado {names}</translation>
    </message>
    <message>
        <source>drawn on the {figure} figure</source>
        <translation>dibujado en la figura {figure}</translation>
    </message>
    <message>
        <source>(the muscle&apos;s grade is the highest of these):</source>
        <translation>(el grado del músculo es el más alto de estos):</translation>
    </message>
    <message>
        <source>drawn on the back figure</source>
        <translation>dibujado en la figura de espalda</translation>
    </message>
    <message>
        <source>drawn on the front figure</source>
        <translation>dibujado en la figura de frente</translation>
    </message>
    <message>
        <source>drawn on the side-of-the-head figure</source>
        <translation>dibujado en la figura de la cabeza de lado</translation>
    </message>
    <message>
        <source>drawn on the soles figure</source>
        <translation>dibujado en la figura de las plantas de los pies</translation>
    </message>
    <message>
        <source>NONE</source>
        <translation>NINGUNO</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>BAJO</translation>
    </message>
    <message>
        <source>MODERATE</source>
        <translation>MODERADO</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>ALTO</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Puntos gatillo</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Activating factors</source>
        <translation>Factores desencadenantes</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>Perpetuating factors</source>
        <translation>Factores que lo mantienen</translation>
    </message>
    <message>
        <source>Perpetuating</source>
        <translation>Mantenedores</translation>
    </message>
    <message>
        <source>Rule out first</source>
        <translation>Descartar primero</translation>
    </message>
    <message>
        <source>Rule out</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>For the patient</source>
        <translation>Para el paciente</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>General needling safety:</source>
        <translation>Seguridad general de la punción:</translation>
    </message>
    <message>
        <source>emergencies (pneumothorax, fainting, needle-stick), infection control, needle count, bleeding and anticoagulants, cancer and lymphoedema, contraindications</source>
        <translation>urgencias (neumotórax, desmayo, pinchazo accidental), control de infecciones, recuento de agujas, sangrado y anticoagulantes, cáncer y linfedema, contraindicaciones</translation>
    </message>
    <message>
        <source>Clinical content (anatomy, needling safety, sources) is in English.</source>
        <translation>El contenido clínico (anatomía, seguridad de la punción, fuentes) está en inglés.</translation>
    </message>
    <message>
        <source>Pneumothorax risk: {level}</source>
        <translation>Riesgo de neumotórax: {level}</translation>
    </message>
    <message>
        <source>Self-care for the patient</source>
        <translation>Cuidados en casa para el paciente</translation>
    </message>
    <message>
        <source>Sources: {numbers} (listed below).</source>
        <translation>Fuentes: {numbers} (en la lista de abajo).</translation>
    </message>
    <message>
        <source>Select a muscle on the map (click or tap) to see where its trigger points lie, where they refer pain, and what to watch for when needling it.</source>
        <translation>Seleccione un músculo en el mapa (clic o toque) para ver dónde están sus puntos gatillo, adónde refieren dolor y qué vigilar al puncionarlo.</translation>
    </message>
    <message>
        <source>Left and right are the &lt;b&gt;patient&apos;s&lt;/b&gt; left and right. Use the layer buttons to look beneath the superficial muscles.</source>
        <translation>Izquierda y derecha son la izquierda y la derecha &lt;b&gt;del paciente&lt;/b&gt;. Use los botones de capas para ver debajo de los músculos superficiales.</translation>
    </message>
    <message>
        <source>A reference for trained clinicians and for education; it is not medical advice. Referral patterns vary between people.</source>
        <translation>Una referencia para profesionales formados y para la docencia; no es consejo médico. Los patrones de dolor referido varían entre personas.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>bodymap — something went wrong</source>
        <translation>bodymap — algo salió mal</translation>
    </message>
    <message>
        <source>Something went wrong, but bodymap is still running. What you were doing may not have finished.</source>
        <translation>Algo salió mal, pero bodymap sigue funcionando. Puede que lo que estaba haciendo no se haya terminado.</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>Notes from your clinician</source>
        <translation>Notas del profesional que le atiende</translation>
    </message>
    <message>
        <source>Why it can hurt here</source>
        <translation>Por qué puede doler aquí</translation>
    </message>
    <message>
        <source>What is dry needling?</source>
        <translation>¿Qué es la punción seca?</translation>
    </message>
    <message>
        <source>What to expect from dry needling</source>
        <translation>Qué esperar de la punción seca</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Get help straight away if</source>
        <translation>Pida ayuda enseguida si</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;Solid red&lt;/b&gt;: where the pain is usually felt. &lt;b&gt;Striped&lt;/b&gt;: where it may also be felt. &lt;b&gt;Circled cross&lt;/b&gt;: where the knot usually is.</source>
        <translation>&lt;b style=&apos;color:#b3261e&apos;&gt;Rojo&lt;/b&gt;: donde suele sentirse el dolor. &lt;b&gt;A rayas&lt;/b&gt;: donde también puede sentirse. &lt;b&gt;Cruz en un círculo&lt;/b&gt;: donde suele estar el nudo.</translation>
    </message>
    <message>
        <source>This sheet is information, not medical advice. Ask your clinician about your own pain. Made with bodymap, an open reference that cites its sources.</source>
        <translation>Esta hoja es información, no consejo médico. Pregunte sobre su dolor al profesional que le atiende. Hecha con bodymap, una referencia abierta que cita sus fuentes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back&lt;/b&gt; · your left side is on the left</source>
        <translation>&lt;b&gt;Espalda&lt;/b&gt; · su lado izquierdo está a la izquierda</translation>
    </message>
    <message>
        <source>&lt;b&gt;Front&lt;/b&gt; · your left side is on the right</source>
        <translation>&lt;b&gt;Delante&lt;/b&gt; · su lado izquierdo está a la derecha</translation>
    </message>
    <message>
        <source>&lt;b&gt;Soles of the feet&lt;/b&gt; · your left foot is on the left</source>
        <translation>&lt;b&gt;Plantas de los pies&lt;/b&gt; · su pie izquierdo está a la izquierda</translation>
    </message>
</context>
<context>
    <name>landmarks</name>
    <message>
        <source>{label} (left)</source>
        <translation>{label} (lado izquierdo)</translation>
    </message>
    <message>
        <source>{label} (right)</source>
        <translation>{label} (lado derecho)</translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <source>its essential zone covers {essential} of what you drew</source>
        <translation>su zona esencial cubre el {essential} de lo que dibujó</translation>
    </message>
    <message>
        <source>{spillover} falls in its spillover zone</source>
        <translation>un {spillover} cae en su zona de extensión</translation>
    </message>
    <message>
        <source>{outside} lies outside its pattern</source>
        <translation>un {outside} queda fuera de su patrón</translation>
    </message>
    <message>
        <source>you drew {filled} of its essential zone</source>
        <translation>dibujó el {filled} de su zona esencial</translation>
    </message>
    <message>
        <source>their essential zones cover {essential} of what you drew</source>
        <translation>sus zonas esenciales cubren el {essential} de lo que dibujó</translation>
    </message>
    <message>
        <source>{spillover} falls in their spillover zones</source>
        <translation>un {spillover} cae en sus zonas de extensión</translation>
    </message>
    <message>
        <source>{outside} lies outside their pattern</source>
        <translation>un {outside} queda fuera de su patrón</translation>
    </message>
    <message>
        <source>you drew {filled} of their essential zones</source>
        <translation>dibujó el {filled} de sus zonas esenciales</translation>
    </message>
    <message>
        <source>{reasons} ({basis}).</source>
        <translation>{reasons} ({basis}).</translation>
    </message>
    <message>
        <source>{point} on both sides</source>
        <translation>{point} en los dos lados</translation>
    </message>
    <message>
        <source>{point} on the left</source>
        <translation>{point} en el lado izquierdo</translation>
    </message>
    <message>
        <source>{point} on the right</source>
        <translation>{point} en el lado derecho</translation>
    </message>
    <message>
        <source>together: {points}</source>
        <translation>juntos: {points}</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Superficial layer</source>
        <translation>Capa superficial</translation>
    </message>
    <message>
        <source>Intermediate layer</source>
        <translation>Capa intermedia</translation>
    </message>
    <message>
        <source>Deep layer</source>
        <translation>Capa profunda</translation>
    </message>
    <message>
        <source>superficial</source>
        <translation>superficial</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermedia</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>profunda</translation>
    </message>
    <message>
        <source>Felt on both sides of the body.</source>
        <translation>Se siente en los dos lados del cuerpo.</translation>
    </message>
    <message>
        <source>The essential zone is felt on both sides; the spillover on this side only.</source>
        <translation>La zona esencial se siente en los dos lados; la de extensión, solo en este lado.</translation>
    </message>
    <message>
        <source>The spillover zone is felt on both sides; the essential zone on this side only.</source>
        <translation>La zona de extensión se siente en los dos lados; la esencial, solo en este lado.</translation>
    </message>
    <message>
        <source>Call your emergency number (such as 999, 911 or 112) now if:</source>
        <translation>Llame ahora al número de emergencias (por ejemplo, 112, 911 o 999) si:</translation>
    </message>
</context>
<context>
    <name>patient_html</name>
    <message>
        <source>Could it be something else?</source>
        <translation>¿Podría ser otra cosa?</translation>
    </message>
    <message>
        <source>See a doctor soon if:</source>
        <translation>Consulte pronto a un médico si:</translation>
    </message>
    <message>
        <source>What you can do yourself</source>
        <translation>Lo que puede hacer usted</translation>
    </message>
    <message>
        <source>These are tips, not a treatment plan. Go gently. Stop if the pain gets worse, and ask your clinician what suits you.</source>
        <translation>Son consejos, no un plan de tratamiento. Hágalo con suavidad. Pare si el dolor empeora, y pregunte al profesional que le atiende qué le conviene.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;solid red&lt;/b&gt; area is where this knot most often sends pain. The &lt;b&gt;striped&lt;/b&gt; area is where some people feel it too. The &lt;b&gt;circled cross&lt;/b&gt; marks where the knot itself usually sits. Everyone is a little different, so your pain may not match the picture exactly.</source>
        <translation>La zona &lt;b&gt;roja&lt;/b&gt; es donde este nudo suele enviar dolor. La zona &lt;b&gt;a rayas&lt;/b&gt; es donde algunas personas también lo sienten. La &lt;b&gt;cruz en un círculo&lt;/b&gt; marca dónde suele estar el nudo. Cada persona es un poco distinta, así que su dolor puede no coincidir del todo con el dibujo.</translation>
    </message>
    <message>
        <source>Short answers to the questions people ask most. Your clinician is happy to go through any of them with you.</source>
        <translation>Respuestas cortas a las preguntas más frecuentes. El profesional que le atiende puede repasar cualquiera de ellas con usted.</translation>
    </message>
    <message>
        <source>Muscles can hold small, tight, tender knots. A knot in one place can make you feel pain somewhere else. Touch a muscle on the picture to see where its knots usually are and where they can send pain.</source>
        <translation>Los músculos pueden tener nudos pequeños, tensos y sensibles. Un nudo en un sitio puede hacer que sienta dolor en otro. Toque un músculo en el dibujo para ver dónde suelen estar sus nudos y adónde pueden enviar dolor.</translation>
    </message>
    <message>
        <source>On the picture</source>
        <translation>En el dibujo</translation>
    </message>
    <message>
        <source>When pain may not be a muscle →</source>
        <translation>Cuando el dolor puede no venir de un músculo →</translation>
    </message>
    <message>
        <source>About dry needling →</source>
        <translation>Sobre la punción seca →</translation>
    </message>
    <message>
        <source>About dry needling</source>
        <translation>Sobre la punción seca</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>Next: {title} →</source>
        <translation>Siguiente: {title} →</translation>
    </message>
    <message>
        <source>Get help straight away if</source>
        <translation>Pida ayuda enseguida si</translation>
    </message>
    <message>
        <source>Where does your pain come from?</source>
        <translation>¿De dónde viene su dolor?</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Your study progress was saved by a newer version of bodymap, so this version has started a fresh record. The newer file is kept unchanged as {file}; open it with the newer version to carry on from it.</source>
        <translation>Su progreso de estudio lo guardó una versión más nueva de bodymap, así que esta versión ha empezado un registro nuevo. El archivo más nuevo se conserva sin cambios como {file}; ábralo con la versión más nueva para continuar desde él.</translation>
    </message>
    <message>
        <source>Your study progress file could not be read ({problem}), so bodymap has started a fresh one. The old file is kept as {file}.</source>
        <translation>No se pudo leer su archivo de progreso de estudio ({problem}), así que bodymap ha empezado uno nuevo. El archivo anterior se conserva como {file}.</translation>
    </message>
    <message>
        <source>Study progress cannot be saved at {file} ({error}). You can study as usual, but this session&apos;s progress will not be kept.</source>
        <translation>El progreso de estudio no se puede guardar en {file} ({error}). Puede estudiar como siempre, pero el progreso de esta sesión no se conservará.</translation>
    </message>
    <message>
        <source>No data folder: progress is kept for this run only.</source>
        <translation>No hay carpeta de datos: el progreso solo se guarda mientras bodymap esté abierto.</translation>
    </message>
</context>
<context>
    <name>study</name>
    <message>
        <source>Mark where the {muscle} refers pain.</source>
        <translation>Marque dónde refiere el dolor: {muscle}.</translation>
    </message>
    <message>
        <source>Which muscle refers pain in this pattern?</source>
        <translation>¿Qué músculo refiere el dolor con este patrón?</translation>
    </message>
    <message>
        <source>Which muscle is this trigger point in?</source>
        <translation>¿En qué músculo está este punto gatillo?</translation>
    </message>
    <message>
        <source>Tap the {landmark} on the patient&apos;s left.</source>
        <translation>Toque en el lado izquierdo del paciente: {landmark}.</translation>
    </message>
    <message>
        <source>Tap the {landmark} on the patient&apos;s right.</source>
        <translation>Toque en el lado derecho del paciente: {landmark}.</translation>
    </message>
    <message>
        <source>Tap the {landmark}.</source>
        <translation>Toque: {landmark}.</translation>
    </message>
    <message>
        <source>The {landmark} is on the back figure.</source>
        <translation>Está en la figura de espalda: {landmark}.</translation>
    </message>
    <message>
        <source>The {landmark} is on the front figure.</source>
        <translation>Está en la figura de frente: {landmark}.</translation>
    </message>
    <message>
        <source>The {landmark} is on another figure.</source>
        <translation>Está en otra figura: {landmark}.</translation>
    </message>
    <message>
        <source>Correct: that is the {landmark}.</source>
        <translation>Correcto: ahí está {landmark}.</translation>
    </message>
    <message>
        <source>The {landmark} lies {direction}.</source>
        <translation>Está {direction}: {landmark}.</translation>
    </message>
    <message>
        <source>{muscle} refers to {essential}, spilling over to {spillover}</source>
        <translation>{muscle} refiere dolor a {essential}, y se extiende a {spillover}</translation>
    </message>
    <message>
        <source>{muscle} refers to {essential}</source>
        <translation>{muscle} refiere dolor a {essential}</translation>
    </message>
    <message>
        <source>Correct: {reason}.</source>
        <translation>Correcto: {reason}.</translation>
    </message>
    <message>
        <source>It is the {muscle}: its pattern reaches {regions}, which the {chosen}&apos;s does not.</source>
        <translation>La respuesta es {muscle}: su patrón llega a {regions}, y el de {chosen} no.</translation>
    </message>
    <message>
        <source>It is the {muscle}: the {chosen} would also refer to {regions}.</source>
        <translation>La respuesta es {muscle}: {chosen} también refiere dolor a {regions}.</translation>
    </message>
    <message>
        <source>It is the {muscle}: {reason}.</source>
        <translation>La respuesta es {muscle}: {reason}.</translation>
    </message>
    <message>
        <source>Correct: the {muscle} ({point}): {where}</source>
        <translation>Correcto: {muscle} ({point}): {where}</translation>
    </message>
    <message>
        <source>It is the {muscle} ({point}): {where}</source>
        <translation>La respuesta es {muscle} ({point}): {where}</translation>
    </message>
    <message>
        <source>You marked nothing; its essential zone is {regions}.</source>
        <translation>No marcó nada; su zona esencial es {regions}.</translation>
    </message>
    <message>
        <source>You marked its essential region</source>
        <translation>Marcó su zona esencial</translation>
    </message>
    <message>
        <source>You marked all {count} of its essential regions</source>
        <translation>Marcó las {count} zonas esenciales</translation>
    </message>
    <message>
        <source>You marked {hit} of its {count} essential region</source>
        <translation>Marcó {hit} de {count} zona esencial</translation>
    </message>
    <message>
        <source>You marked {hit} of its {count} essential regions</source>
        <translation>Marcó {hit} de sus {count} zonas esenciales</translation>
    </message>
    <message>
        <source>{marked} (missed: {regions})</source>
        <translation>{marked} (le faltó: {regions})</translation>
    </message>
    <message>
        <source>{regions} is spillover</source>
        <translation>{regions} es zona de extensión</translation>
    </message>
    <message>
        <source>{regions} are spillover</source>
        <translation>{regions} son zona de extensión</translation>
    </message>
    <message>
        <source>{regions} is not part of its pattern</source>
        <translation>{regions} no es parte de su patrón</translation>
    </message>
    <message>
        <source>{regions} are not part of its pattern</source>
        <translation>{regions} no son parte de su patrón</translation>
    </message>
    <message>
        <source>{region} (left)</source>
        <translation>{region} (lado izquierdo)</translation>
    </message>
    <message>
        <source>{region} (right)</source>
        <translation>{region} (lado derecho)</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} más</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>just beside your tap</source>
        <translation>justo al lado de donde tocó</translation>
    </message>
    <message>
        <source>higher than your tap</source>
        <translation>más arriba de donde tocó</translation>
    </message>
    <message>
        <source>lower than your tap</source>
        <translation>más abajo de donde tocó</translation>
    </message>
    <message>
        <source>nearer the midline than your tap</source>
        <translation>más cerca de la línea media que donde tocó</translation>
    </message>
    <message>
        <source>further from the midline than your tap</source>
        <translation>más lejos de la línea media que donde tocó</translation>
    </message>
    <message>
        <source>higher and nearer the midline than your tap</source>
        <translation>más arriba y más cerca de la línea media que donde tocó</translation>
    </message>
    <message>
        <source>higher and further from the midline than your tap</source>
        <translation>más arriba y más lejos de la línea media que donde tocó</translation>
    </message>
    <message>
        <source>lower and nearer the midline than your tap</source>
        <translation>más abajo y más cerca de la línea media que donde tocó</translation>
    </message>
    <message>
        <source>lower and further from the midline than your tap</source>
        <translation>más abajo y más lejos de la línea media que donde tocó</translation>
    </message>
</context>
</TS>
