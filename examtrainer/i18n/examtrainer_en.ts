<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../gui/widgets/audio.py" line="257" />
        <source>Pauze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="262" />
        <source>Verder luisteren</source>
        <translation>Continue listening</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="264" />
        <source>Luisteren</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="266" />
        <source>Nog een keer luisteren</source>
        <translation>Listen again</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="268" />
        <source>Geluisterd</source>
        <translation>Done listening</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="278" />
        <source>U heeft het fragment al {n} keer gehoord.</source>
        <translation>You have already heard the audio {n} time(s).</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="282" />
        <source>U mag het fragment {n} keer horen.</source>
        <translation>You may listen to the audio {n} time(s).</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="286" />
        <source>U mag het nog {n} keer horen.</source>
        <translation>You may listen {n} more time(s).</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../gui/screens/home.py" line="140" />
        <source>Lezen</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="141" />
        <source>Luisteren</source>
        <translation>Listening</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="142" />
        <source>Spreken</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="148" />
        <source>Hallo {name}!</source>
        <translation>Hello {name}!</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="149" />
        <source>Geluid testen</source>
        <translation>Test sound</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="150" />
        <source>Ander profiel</source>
        <translation>Other profile</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="154" />
        <source>Uw doel: {goal}.</source>
        <translation>Your goal: {goal}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="156" />
        <source>U oefent voor het examen op niveau {level}.</source>
        <translation>You are practising for the exam at level {level}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="160" />
        <source>Nog {days} dagen tot uw examen.</source>
        <translation>Days until your exam: {days}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="168" />
        <source>Uw niveau nu: {level}</source>
        <translation>Your level now: {level}</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="172" />
        <source>Klaar: %p%</source>
        <translation>Ready: %p%</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="175" />
        <source>{n} vragen gemaakt, {good} goed.</source>
        <translation>Questions answered: {n}. Correct: {good}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="179" />
        <location filename="../gui/screens/home.py" line="191" />
        <source>Oefenen</source>
        <translation>Practise</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="182" />
        <source>Nog geen niveau</source>
        <translation>No level yet</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="189" />
        <source>Spreek korte antwoorden in. Daarna luistert u naar uzelf.</source>
        <translation>Record short answers. Then you listen to yourself.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="194" />
        <source>Begin met een korte test. Dan weten we waar u kunt beginnen.</source>
        <translation>Start with a short test. Then we know where you can begin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="196" />
        <source>Korte test (5 minuten)</source>
        <translation>Short test (5 minutes)</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="199" />
        <source>Nog geen oefeningen</source>
        <translation>No exercises yet</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="203" />
        <source>U heeft in totaal {minutes} minuten geoefend. Goed bezig!</source>
        <translation>You have practised for {minutes} minutes in total. Good work!</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="207" />
        <source>Kies een onderdeel. Een keer oefenen duurt ongeveer 10 minuten.</source>
        <translation>Choose a part. One practice session takes about 10 minutes.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="212" />
        <source>U bent waarschijnlijk klaar voor dit deel van het examen.</source>
        <translation>You are probably ready for this part of the exam.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="214" />
        <source>U bent goed op weg. Blijf oefenen.</source>
        <translation>You are doing well. Keep practising.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="215" />
        <source>U heeft nog oefening nodig. Elke dag een beetje helpt.</source>
        <translation>You still need practice. A little every day helps.</translation>
    </message>
</context>
<context>
    <name>ListeningScreen</name>
    <message>
        <location filename="../gui/screens/listening.py" line="235" />
        <source>Vraag {n} van {total} bij dit fragment</source>
        <translation>Question {n} of {total} for this audio</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="253" />
        <source>Kies eerst een antwoord.</source>
        <translation>Choose an answer first.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="264" />
        <source>Goed zo! Dat is het goede antwoord.</source>
        <translation>Well done! That is the right answer.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="267" />
        <source>Bijna. Het goede antwoord is: {answer}</source>
        <translation>Almost. The right answer is: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="319" />
        <source>Korte test: luisteren</source>
        <translation>Short test: listening</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="322" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>This is not an exam. Take your time and do your best. After a few questions, we know which level suits you.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="327" />
        <source>Luisteren oefenen</source>
        <translation>Practise listening</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="329" />
        <source>Klik op Luisteren. Luister goed. Kies dan het goede antwoord.</source>
        <translation>Click Listen. Listen carefully. Then choose the right answer.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="331" />
        <source>Langzamer afspelen</source>
        <translation>Play more slowly</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="334" />
        <source>Verberg de tekst</source>
        <translation>Hide the text</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="336" />
        <source>Lees wat er gezegd wordt</source>
        <translation>Read what is said</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="338" />
        <source>Stoppen</source>
        <translation>Stop practising</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="339" />
        <source>Controleer</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="340" />
        <source>Volgende vraag</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="341" />
        <source>Typ hier uw antwoord</source>
        <translation>Type your answer here</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="342" />
        <source>Er is geen geluid</source>
        <translation>There is no sound</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="345" />
        <source>We vinden geen luidspreker of koptelefoon. Voor luisteren heeft u geluid nodig.

Zo lost u het op:
1. Sluit een koptelefoon of luidsprekers aan op de computer.
2. Zet het geluid van de computer aan.
3. Klik op 'Opnieuw kijken'.

Lukt het niet? Vraag hulp aan uw docent.</source>
        <translation>We cannot find a speaker or headphones. You need sound for listening.

How to fix it:
1. Connect headphones or speakers to the computer.
2. Turn on the computer's sound.
3. Click 'Check again'.

Does it still not work? Ask your teacher for help.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="354" />
        <source>Opnieuw kijken</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="355" />
        <source>Terug naar het begin</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="36" />
        <source>Even geduld. Het programma wordt klaargezet…</source>
        <translation>One moment, please. The program is getting ready…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="71" />
        <source>Er ging iets mis. Uw antwoorden zijn bewaard. Probeer het nog een keer.</source>
        <translation>Something went wrong. Your answers have been saved. Please try again.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="73" />
        <source>Let op</source>
        <translation>Please note</translation>
    </message>
</context>
<context>
    <name>OnboardingScreen</name>
    <message>
        <location filename="../gui/screens/onboarding.py" line="152" />
        <source>Welkom bij examtrainer</source>
        <translation>Welcome to examtrainer</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="154" />
        <source>In welke taal wilt u de uitleg lezen? U kunt dit later veranderen.</source>
        <translation>In which language do you want to read the instructions? You can change this later.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="156" />
        <source>Verder</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="157" />
        <source>Over u</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="158" />
        <source>Hoe heet u? (Uw voornaam is genoeg.)</source>
        <translation>What is your name? (Your first name is enough.)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="159" />
        <source>Voor welk examen oefent u?</source>
        <translation>Which exam are you practising for?</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="160" />
        <source>Inburgeringsexamen A2 (DUO)</source>
        <translation>Inburgeringsexamen A2 (DUO, civic integration exam)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="161" />
        <source>Staatsexamen Nt2 B1 (programma I)</source>
        <translation>Staatsexamen Nt2 B1 (programma I, state exam Dutch as a second language)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="164" />
        <source>Moest u inburgeren vóór 2022? Dan is het meestal A2. Vanaf 2022 is het meestal B1. Twijfelt u? Kies A2. U kunt het later veranderen.</source>
        <translation>Did your civic integration (inburgering) start before 2022? Then it is usually A2. From 2022 on, it is usually B1. Not sure? Choose A2. You can change it later.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="168" />
        <source>Uw doel (mag leeg blijven), bijvoorbeeld: werk vinden</source>
        <translation>Your goal (you may leave this empty), for example: find work</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="169" />
        <source>Ik weet de datum van mijn examen:</source>
        <translation>I know the date of my exam:</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="170" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="171" />
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../gui/screens/profiles.py" line="61" />
        <source>Wie gaat er oefenen?</source>
        <translation>Who is going to practise?</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="62" />
        <source>Nieuw profiel</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="63" />
        <source>Openen</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <location filename="../gui/screens/reading.py" line="191" />
        <source>Vraag {n} van {total} bij deze tekst</source>
        <translation>Question {n} of {total} for this text</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="207" />
        <source>Kies eerst een antwoord.</source>
        <translation>Choose an answer first.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="218" />
        <source>Goed zo! Dat is het goede antwoord.</source>
        <translation>Well done! That is the right answer.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="221" />
        <source>Bijna. Het goede antwoord is: {answer}</source>
        <translation>Almost. The right answer is: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="254" />
        <source>Korte test: lezen</source>
        <translation>Short test: reading</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="257" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>This is not an exam. Take your time and do your best. After a few questions, we know which level suits you.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="262" />
        <source>Lezen oefenen</source>
        <translation>Practise reading</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="263" />
        <source>Lees de tekst. Kies dan het goede antwoord.</source>
        <translation>Read the text. Then choose the right answer.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="264" />
        <source>Stoppen</source>
        <translation>Stop practising</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="265" />
        <source>Controleer</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="266" />
        <source>Volgende vraag</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="267" />
        <source>Typ hier uw antwoord</source>
        <translation>Type your answer here</translation>
    </message>
</context>
<context>
    <name>SoundCheckScreen</name>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="251" />
        <source>Geluid testen</source>
        <translation>Test sound</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="254" />
        <source>Test eerst uw koptelefoon en uw microfoon. Dat doet u ook bij het echte examen.</source>
        <translation>First test your headphones and your microphone. You also do this at the real exam.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="259" />
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="260" />
        <source>Opnieuw kijken</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="263" />
        <source>Verder naar luisteren</source>
        <translation>Go on to listening</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="264" />
        <source>Verder naar spreken</source>
        <translation>Go on to speaking</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="265" />
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="270" />
        <source>1. Koptelefoon of luidspreker</source>
        <translation>1. Headphones or speaker</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="273" />
        <location filename="../gui/screens/soundcheck.py" line="309" />
        <source>Gevonden: {name}</source>
        <translation>Found: {name}</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="274" />
        <source>Klik op Luisteren. Hoort u het geluid goed?</source>
        <translation>Click Listen. Can you hear the sound well?</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="276" />
        <location filename="../gui/screens/soundcheck.py" line="311" />
        <source>Niet gevonden.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="279" />
        <source>Ja, ik hoor het</source>
        <translation>Yes, I can hear it</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="280" />
        <location filename="../gui/screens/soundcheck.py" line="345" />
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="283" />
        <source>We vinden geen luidspreker of koptelefoon. Zonder geluid kunt u niet luisteren.
Sluit een koptelefoon of luidsprekers aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>We cannot find a speaker or headphones. Without sound, you cannot listen.
Connect headphones or speakers. Then click 'Check again'.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="289" />
        <source>Goed zo. Het geluid werkt.</source>
        <translation>Well done. The sound works.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="292" />
        <source>Zet het geluid van de computer harder. Kijk of de koptelefoon goed vastzit. Probeer het dan nog een keer.</source>
        <translation>Turn up the sound of the computer. Check that the headphones are plugged in well. Then try again.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="306" />
        <source>2. Microfoon</source>
        <translation>2. Microphone</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="316" />
        <source>Neem 3 seconden op</source>
        <translation>Record 3 seconds</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="318" />
        <source>Opnieuw opnemen</source>
        <translation>Record again</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="323" />
        <source>Spreek nu. Zeg bijvoorbeeld: 'Goedemorgen, ik heet …'.</source>
        <translation>Speak now. For example, say: 'Goedemorgen, ik heet …' (Good morning, my name is …).</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="326" />
        <source>Nog 1 seconde.</source>
        <translation>1 second left.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="328" />
        <source>Nog {n} seconden.</source>
        <translation>{n} seconds left.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="333" />
        <source>Dit is uw opname. Klik op Luisteren om hem nog eens te horen.</source>
        <translation>This is your recording. Click Listen to hear it again.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="336" />
        <source>Klik op de knop. Zeg dan iets. U heeft 3 seconden.</source>
        <translation>Click the button. Then say something. You have 3 seconds.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="343" />
        <source>Hoort u uw eigen stem?</source>
        <translation>Can you hear your own voice?</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="344" />
        <source>Ja, ik hoor mijzelf</source>
        <translation>Yes, I can hear myself</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="348" />
        <source>We vinden geen microfoon. Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.
U kunt ook zonder microfoon spreken oefenen. U zegt dan uw antwoord hardop.</source>
        <translation>We cannot find a microphone. Connect a microphone, or headphones with a microphone. Then click 'Check again'.
You can also practise speaking without a microphone. Then you say your answer out loud.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="355" />
        <source>Goed zo. De microfoon werkt.</source>
        <translation>Well done. The microphone works.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="358" />
        <source>Spreek wat harder, of houd de microfoon dichter bij uw mond. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>Speak a little louder, or hold the microphone closer to your mouth. Check that the microphone is switched on. Then try again.</translation>
    </message>
</context>
<context>
    <name>SpeakingScreen</name>
    <message>
        <location filename="../gui/screens/speaking.py" line="374" />
        <source>Opdracht {n} van {total}</source>
        <translation>Task {n} of {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="507" />
        <source>Geeft u antwoord op de vraag?</source>
        <translation>Do you answer the question?</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="508" />
        <source>Spreekt u in hele zinnen?</source>
        <translation>Do you speak in full sentences?</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="509" />
        <source>Spreekt u duidelijk?</source>
        <translation>Do you speak clearly?</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="563" />
        <source>Kies eerst een antwoord.</source>
        <translation>Choose an answer first.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="571" />
        <source>Goed zo! Dat zegt u in deze situatie.</source>
        <translation>Well done! That is what you say in this situation.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="574" />
        <source>Bijna. Beter is: {answer}</source>
        <translation>Almost. It is better to say: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="644" />
        <source>Luister naar de opdracht.</source>
        <translation>Listen to the task.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="645" />
        <source>Daarna krijgt u even tijd om na te denken.</source>
        <translation>Then you get a moment to think.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="647" />
        <source>Denk na over uw antwoord.</source>
        <translation>Think about your answer.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="649" />
        <source>Zeg uw antwoord hardop als de tijd om is. Er wordt niets opgenomen.</source>
        <translation>Say your answer out loud when the time is up. Nothing is recorded.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="651" />
        <source>Als de tijd om is, begint de opname. Dan spreekt u.</source>
        <translation>When the time is up, the recording starts. Then you speak.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="654" />
        <source>Spreek nu.</source>
        <translation>Speak now.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="656" />
        <source>Zeg uw antwoord hardop. Klaar? Klik dan op 'Klaar'.</source>
        <translation>Say your answer out loud. Finished? Then click 'Done'.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="658" />
        <source>De opname stopt vanzelf als de tijd om is. Klaar? Klik op 'Stop'.</source>
        <translation>The recording stops by itself when the time is up. Finished? Click 'Stop'.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="661" />
        <source>Ik ben klaar. Begin nu.</source>
        <translation>I am ready. Start now.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="661" />
        <source>Begin nu</source>
        <translation>Start now</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="663" />
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="663" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="666" />
        <source>Spreken oefenen</source>
        <translation>Practise speaking</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="669" />
        <source>U oefent zonder microfoon. Zeg uw antwoord hardop. Vergelijk het daarna.</source>
        <translation>You are practising without a microphone. Say your answer out loud. Then compare it.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="673" />
        <source>Luister naar de opdracht. Denk even na. Spreek dan uw antwoord in.</source>
        <translation>Listen to the task. Think for a moment. Then record your answer.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="675" />
        <source>Stoppen</source>
        <translation>Stop practising</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="676" />
        <source>● Opname loopt</source>
        <translation>● Recording</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="677" />
        <source>Zo hard hoort de microfoon u:</source>
        <translation>This is how loud the microphone hears you:</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="679" />
        <source>De opdracht:</source>
        <translation>The task:</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="680" />
        <source>Luister naar de situatie. Kies dan de goede reactie.</source>
        <translation>Listen to the situation. Then choose the right response.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="681" />
        <source>Luister naar uw antwoord</source>
        <translation>Listen to your answer</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="682" />
        <source>Een goed antwoord</source>
        <translation>A good answer</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="683" />
        <source>Kijk zelf</source>
        <translation>Check it yourself</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="685" />
        <source>Vergelijk uw antwoord met het goede antwoord. Zet een vinkje als het klopt.</source>
        <translation>Compare your answer with the good answer. Tick the box if it is right.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="687" />
        <location filename="../gui/screens/speaking.py" line="689" />
        <source>Volgende opdracht</source>
        <translation>Next task</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="688" />
        <source>Controleer</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="695" />
        <source>Even geduld. We luisteren naar uw opname…</source>
        <translation>One moment, please. We are listening to your recording…</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="697" />
        <source>De microfoon doet het niet meer</source>
        <translation>The microphone has stopped working</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="699" />
        <source>Er is geen microfoon</source>
        <translation>There is no microphone</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="702" />
        <source>We vinden geen microfoon. Daarom kunnen we uw antwoord niet opnemen.</source>
        <translation>We cannot find a microphone. So we cannot record your answer.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="704" />
        <source>U kunt toch oefenen. U zegt uw antwoord hardop. Daarna hoort en leest u een goed antwoord. U kijkt zelf of uw antwoord goed was.</source>
        <translation>You can still practise. You say your answer out loud. Then you hear and read a good answer. You check for yourself if your answer was good.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="708" />
        <source>Wilt u wel opnemen? Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>Do you want to record? Connect a microphone, or headphones with a microphone. Then click 'Check again'.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="713" />
        <source>We vinden ook geen luidspreker. U kunt de opdrachten wel lezen.</source>
        <translation>We also cannot find a speaker. You can still read the tasks.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="715" />
        <source>Oefenen zonder opname</source>
        <translation>Practise without recording</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="716" />
        <source>Opnieuw kijken</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="717" />
        <source>Terug naar het begin</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../gui/screens/results.py" line="59" />
        <source>de gemeente</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="60" />
        <source>werk</source>
        <translation>work</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="61" />
        <source>gezondheid</source>
        <translation>health</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="62" />
        <source>wonen</source>
        <translation>housing</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="63" />
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="64" />
        <source>winkelen</source>
        <translation>shopping</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="65" />
        <source>reizen</source>
        <translation>travel</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="66" />
        <source>vrije tijd</source>
        <translation>free time</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="67" />
        <source>geld</source>
        <translation>money</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="68" />
        <source>familie</source>
        <translation>family</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="69" />
        <source>buren</source>
        <translation>neighbours</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="70" />
        <source>instanties</source>
        <translation>official organisations</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="71" />
        <source>nieuws</source>
        <translation>news</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="72" />
        <source>algemeen</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="77" />
        <source>Naar het begin</source>
        <translation>Go to the start</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="78" />
        <source>Nog een keer oefenen</source>
        <translation>Practise again</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="84" />
        <source>De test is klaar. Dank u wel!</source>
        <translation>The test is finished. Thank you!</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="86" />
        <source>Klaar! Goed gedaan.</source>
        <translation>Finished! Well done.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="93" />
        <source>U heeft {n} opdrachten ingesproken. U oefende {minutes} minuten.</source>
        <translation>You recorded answers to {n} tasks. You practised for {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="98" />
        <source>Bij {good} van de {total} keuzevragen koos u de goede reactie.</source>
        <translation>You chose the right response in {good} of the {total} multiple-choice questions.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="104" />
        <source>U heeft {good} van de {total} vragen goed. U oefende {minutes} minuten.</source>
        <translation>You got {good} of the {total} questions right. You practised for {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="109" />
        <source>Uw opnames zijn bewaard. Uw docent kan ze later beluisteren.</source>
        <translation>Your recordings have been saved. Your teacher can listen to them later.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="113" />
        <source>Uw niveau is nu {level}. Eerst was het {before}.</source>
        <translation>Your level is now {level}. Before, it was {before}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="118" />
        <source>Uw niveau is nu {level}.</source>
        <translation>Your level is now {level}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="122" />
        <source>Oefen nog wat meer met teksten over: {themes}.</source>
        <translation>Practise a bit more with texts about: {themes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="126" />
        <source>Alles ging goed. Probeer de volgende keer iets moeilijkers.</source>
        <translation>Everything went well. Next time, try something more difficult.</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <location filename="../gui/widgets/audio.py" line="35" />
        <source>We vinden geen luidspreker of koptelefoon. Sluit een koptelefoon of luidsprekers aan en probeer het opnieuw.</source>
        <translation>We cannot find a speaker or headphones. Connect headphones or speakers and try again.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="40" />
        <source>We vinden geen microfoon. Sluit een microfoon aan en probeer het opnieuw.</source>
        <translation>We cannot find a microphone. Connect a microphone and try again.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="43" />
        <source>De computer is vol. Uw opname is niet bewaard. Vraag hulp aan uw docent.</source>
        <translation>The computer is full. Your recording has not been saved. Ask your teacher for help.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="46" />
        <source>Dit geluid kan niet worden afgespeeld. Het bestand is kapot of er nog niet.</source>
        <translation>This sound cannot be played. The file is broken or not there yet.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="51" />
        <source>Er ging iets mis met het geluid. Probeer het opnieuw.</source>
        <translation>Something went wrong with the sound. Please try again.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="60" />
        <source>U sprak 1 seconde.</source>
        <translation>You spoke for 1 second.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="62" />
        <source>U sprak {seconds} seconden.</source>
        <translation>You spoke for {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="64" />
        <source>Een goed antwoord duurt {low} tot {high} seconden.</source>
        <translation>A good answer takes {low} to {high} seconds.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="68" />
        <source>We hoorden geen stem. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>We did not hear a voice. Check that the microphone is switched on. Then try again.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="72" />
        <source>Uw stem was zacht. Spreek wat harder, of houd de microfoon dichter bij uw mond.</source>
        <translation>Your voice was quiet. Speak a little louder, or hold the microphone closer to your mouth.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="76" />
        <source>Het geluid was te hard. Spreek wat zachter, of houd de microfoon verder weg.</source>
        <translation>The sound was too loud. Speak a little more quietly, or hold the microphone further away.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="79" />
        <source>Vertel wat meer.</source>
        <translation>Say a bit more.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="80" />
        <source>Probeer het korter te zeggen.</source>
        <translation>Try to say it in a shorter way.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="81" />
        <source>Dat is een goede lengte. Goed gedaan!</source>
        <translation>That is a good length. Well done!</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="82" />
        <source>U begon na {seconds} seconden met praten. Dat mag. Begin wel wat eerder.</source>
        <translation>You started talking after {seconds} seconds. That is OK. But try to start a bit earlier.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="85" />
        <source>U was een keer {seconds} seconden stil. Even nadenken mag. Praat daarna door.</source>
        <translation>Once, you were silent for {seconds} seconds. A short pause to think is OK. Then keep talking.</translation>
    </message>
</context>
</TS>