<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="so" sourcelanguage="nl">
<context>
    <name />
    <message>
        <location filename="../gui/reports.py" line="101" />
        <source>Lezen</source>
        <translation>Akhris</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="101" />
        <source>Luisteren</source>
        <translation>Dhegeysi</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="101" />
        <source>Spreken</source>
        <translation>Hadal</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="108" />
        <source>afgerond</source>
        <translation>dhammaaday</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="109" />
        <source>gestopt</source>
        <translation>la joojiyay</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="110" />
        <source>niet afgemaakt</source>
        <translation>lama dhammaystirin</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="204" />
        <source>Nog geen niveau gemeten.</source>
        <translation>Weli heer lama cabbirin.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="266" />
        <location filename="../gui/reports.py" line="281" />
        <source>Voortgangsverslag</source>
        <translation>Warbixinta horumarka</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="285" />
        <source>Examen op niveau {level}</source>
        <translation>Imtixaanka heerka {level}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="287" />
        <source>Groep: {name}</source>
        <translation>Koox: {name}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="288" />
        <source>Gemaakt op {date}</source>
        <translation>La sameeyay: {date}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="292" />
        <source>Niveau per onderdeel</source>
        <translation>Heerka qayb kasta</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="296" />
        <location filename="../gui/reports.py" line="358" />
        <source>Onderdeel</source>
        <translation>Qayb</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="297" />
        <source>Niveau nu</source>
        <translation>Heerka hadda</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="298" />
        <source>Kans A2</source>
        <translation>Fursadda A2</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="299" />
        <source>Kans B1</source>
        <translation>Fursadda B1</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="300" />
        <source>Vragen</source>
        <translation>Su'aalo</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="301" />
        <location filename="../gui/reports.py" line="358" />
        <source>Goed</source>
        <translation>Sax</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="302" />
        <source>Minuten</source>
        <translation>Daqiiqado</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="323" />
        <source>Niveau in de tijd</source>
        <translation>Heerka waqti ka dib</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="328" />
        <source>Oefenen</source>
        <translation>Tababar</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reports.py" line="333" />
        <source>In totaal %n minuten geoefend</source>
        <translation><numerusform>Wadarta waqtiga tababarka (daqiiqado): %n</numerusform>
            <numerusform>Wadarta waqtiga tababarka (daqiiqado): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reports.py" line="335" />
        <source>%n vragen gemaakt.</source>
        <translation><numerusform>Tirada su'aalaha la jawaabay: %n.</numerusform>
            <numerusform>Tirada su'aalaha la jawaabay: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="338" />
        <source>Laatst geoefend op {date}.</source>
        <translation>Tababarkii ugu dambeeyay: {date}.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="348" />
        <source>Spreken: {rated} opnames beoordeeld door de docent, {passed} voldoende; {waiting} wachten nog op beoordeling.</source>
        <translation>Hadal: duubabka macallinku qiimeeyay: {rated}, gudbay: {passed}; sugaya qiimeyn: {waiting}.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="355" />
        <source>Proefexamens</source>
        <translation>Imtixaanno tijaabo ah</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="358" />
        <source>Datum</source>
        <translation>Taariikh</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="358" />
        <source>Niveau</source>
        <translation>Heer</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="358" />
        <source>Status</source>
        <translation>Xaalad</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="366" />
        <source>{good} van {n}</source>
        <translation>{good} ka mid ah {n}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="371" />
        <source>Nog geen proefexamen gemaakt.</source>
        <translation>Weli imtixaan tijaabo ah lama samayn.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="381" />
        <source>examtrainer is een oefenprogramma. De niveaus en kansen zijn schattingen uit de oefeningen, geen uitslag van DUO.</source>
        <translation>examtrainer waa barnaamij tababar. Heerarka iyo fursadaha waa qiyaaso laga helay layliyada, ma aha natiijo ka timid DUO (xafiiska rasmiga ah ee imtixaanka).</translation>
    </message>
</context>
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../gui/widgets/audio.py" line="207" />
        <source>Pauze</source>
        <translation>Joogso</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="212" />
        <source>Verder luisteren</source>
        <translation>Sii dhegeyso</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="214" />
        <source>Luisteren</source>
        <translation>Dhegeyso</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="216" />
        <source>Nog een keer luisteren</source>
        <translation>Mar kale dhegeyso</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="218" />
        <source>Geluisterd</source>
        <translation>Waa la dhegeystay</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="228" />
        <source>U heeft het fragment al %n keer gehoord.</source>
        <translation><numerusform>Codka waad dhegeysatay. Inta jeer: %n.</numerusform>
            <numerusform>Codka waad dhegeysatay. Inta jeer: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="232" />
        <source>U mag het fragment %n keer horen.</source>
        <translation><numerusform>Codka waad dhegeysan kartaa. Inta jeer ee la oggol yahay: %n.</numerusform>
            <numerusform>Codka waad dhegeysan kartaa. Inta jeer ee la oggol yahay: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="236" />
        <source>U mag het nog %n keer horen.</source>
        <translation><numerusform>Mar kale waad dhegeysan kartaa. Inta jeer ee hartay: %n.</numerusform>
            <numerusform>Mar kale waad dhegeysan kartaa. Inta jeer ee hartay: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BanksTab</name>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="97" />
        <source>meegeleverd</source>
        <translation>barnaamijka la socda</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="97" />
        <source>geïmporteerd</source>
        <translation>la soo dejiyay</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="124" />
        <source>Bestand met vragen kiezen</source>
        <translation>Dooro fayl su'aalo leh</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="126" />
        <location filename="../gui/teacher/banks_tab.py" line="331" />
        <source>Vragen</source>
        <translation>Su'aalo</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="135" />
        <source>Het bestand wordt gecontroleerd…</source>
        <translation>Faylka waa la hubinayaa…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="171" />
        <source>Bezig met installeren…</source>
        <translation>Waa la rakibayaa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/teacher/banks_tab.py" line="175" />
        <source>Geïnstalleerd: {title} (%n vragen).</source>
        <translation><numerusform>Waa la rakibay: {title} (tirada su'aalaha: %n).</numerusform>
            <numerusform>Waa la rakibay: {title} (tirada su'aalaha: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/teacher/banks_tab.py" line="199" />
        <source>Itembank '{title}' verwijderen? Leerlingen krijgen de vragen niet meer. Ze gaven al %n antwoorden op deze vragen. Die antwoorden blijven bewaard in hun resultaten.</source>
        <translation><numerusform>Ma la tirtiraa bangiga su'aalaha '{title}'? Ardaydu su'aalahan mar dambe ma helayaan. Tirada jawaabaha su'aalahan: %n. Jawaabahaas natiijooyinkooda way ku jirayaan.</numerusform>
            <numerusform>Ma la tirtiraa bangiga su'aalaha '{title}'? Ardaydu su'aalahan mar dambe ma helayaan. Tirada jawaabaha su'aalahan: %n. Jawaabahaas natiijooyinkooda way ku jirayaan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="206" />
        <source>Itembank '{title}' verwijderen? Leerlingen krijgen de vragen niet meer. Er zijn nog geen antwoorden op gegeven.</source>
        <translation>Ma la tirtiraa bangiga su'aalaha '{title}'? Ardaydu su'aalahan mar dambe ma helayaan. Weli jawaab looma bixin.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="214" />
        <source>Itembank verwijderen</source>
        <translation>Tirtir bangiga su'aalaha</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="216" />
        <source>Verwijderen</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="217" />
        <source>Annuleren</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="234" />
        <source>Verwijderd: {id}</source>
        <translation>Waa la tirtiray: {id}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="268" />
        <source>Itembank opslaan als zip</source>
        <translation>U kaydi bangiga su'aalaha zip ahaan</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="274" />
        <source>Kies een lege map voor de itembank</source>
        <translation>Dooro gal madhan oo bangiga su'aalaha ah</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="296" />
        <source>Itembank opslaan voor Moodle</source>
        <translation>U kaydi bangiga su'aalaha Moodle</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="298" />
        <source>Itembank opslaan als QTI-pakket</source>
        <translation>U kaydi bangiga su'aalaha xirmo QTI ah</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="311" />
        <location filename="../gui/teacher/banks_tab.py" line="321" />
        <source>Opgeslagen: {path}</source>
        <translation>Waa la kaydiyay: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="328" />
        <source>Titel</source>
        <translation>Cinwaan</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="329" />
        <source>Code</source>
        <translation>Koodh</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="330" />
        <source>Versie</source>
        <translation>Nooc</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="332" />
        <source>Lezen</source>
        <translation>Akhris</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="333" />
        <source>Luisteren</source>
        <translation>Dhegeysi</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="334" />
        <source>Spreken</source>
        <translation>Hadal</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="335" />
        <source>Soort</source>
        <translation>Nooca</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="338" />
        <source>Importeren…</source>
        <translation>Soo deji…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="339" />
        <source>Exporteren naar map…</source>
        <translation>U dhoofi gal…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="340" />
        <source>Exporteren als zip…</source>
        <translation>U dhoofi zip ahaan…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="341" />
        <source>Voor Moodle (XML)…</source>
        <translation>Moodle (XML)…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="342" />
        <source>Als QTI 3.0…</source>
        <translation>QTI 3.0 ahaan…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="343" />
        <source>Verwijderen…</source>
        <translation>Tirtir…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="344" />
        <source>Eigen stem…</source>
        <translation>Codkayga…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="347" />
        <source>Neem uw eigen stem op voor luisterfragmenten en voorbeeldantwoorden. Dat kan in uw eigen itembanken. Een meegeleverde bank: exporteer haar en importeer haar als uw eigen bank.</source>
        <translation>Duub codkaaga qaybaha dhegeysiga iyo jawaabaha tusaalaha ah. Tani waxay ka shaqaysaa bangiyadaada su'aalaha. Bangi barnaamijka la socda: dhoofi oo u soo deji sidii bangigaaga.</translation>
    </message>
</context>
<context>
    <name>CheckAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="62" />
        <source>Er zijn meer goede antwoorden. Kies ze allemaal.</source>
        <translation>Jawaabo sax ah oo badan ayaa jira. Dhammaan dooro.</translation>
    </message>
</context>
<context>
    <name>ExamLadder</name>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="127" />
        <source>Op weg naar het examen</source>
        <translation>Jidka imtixaanka</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="128" />
        <source>Examen oefenen</source>
        <translation>Ku celceli imtixaanka</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="129" />
        <source>Verder met uw examen</source>
        <translation>Sii wad imtixaankaaga</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="139" />
        <source>Begin met de korte test.</source>
        <translation>Ku bilow imtixaanka gaaban.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="139" />
        <source>Korte test</source>
        <translation>Imtixaan gaaban</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="140" />
        <source>Oefen eerst zonder tijd.</source>
        <translation>Marka hore ku celceli waqti la'aan.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="140" />
        <source>Oefenen</source>
        <translation>Ku celceli</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="142" />
        <source>Probeer een korte oefenset met tijd.</source>
        <translation>Isku day koox gaaban oo waqti leh.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="143" />
        <source>Oefenset met tijd</source>
        <translation>Koox waqti leh</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="146" />
        <source>U bent klaar voor een heel proefexamen.</source>
        <translation>Waxaad diyaar u tahay imtixaan tijaabo oo buuxa.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="147" />
        <source>Proefexamen</source>
        <translation>Imtixaan tijaabo</translation>
    </message>
</context>
<context>
    <name>ExamResultScreen</name>
    <message>
        <location filename="../gui/screens/exam_result.py" line="169" />
        <source>(geen antwoord)</source>
        <translation>(jawaab ma jirto)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="171" />
        <source>uw opname</source>
        <translation>duubkaaga</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="171" />
        <source>(geen opname)</source>
        <translation>(duub ma jiro)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="178" />
        <source>U bent waarschijnlijk klaar voor dit deel van het examen.</source>
        <translation>Waxay u badan tahay inaad diyaar u tahay qaybtan imtixaanka.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="180" />
        <source>U bent goed op weg. Met wat meer oefening lukt het.</source>
        <translation>Si fiican ayaad u socotaa. Tababar yar oo dheeraad ah ayaad ku guulaysan doontaa.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="181" />
        <source>U heeft nog oefening nodig. Oefen elke dag een beetje.</source>
        <translation>Weli tababar ayaad u baahan tahay. Maalin kasta wax yar ku celceli.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="188" />
        <source>Heel goed gedaan! Blijf zo oefenen, dan houdt u dit niveau vast.</source>
        <translation>Aad baad u fiicantahay! Sidan ku sii celceli, markaas heerkan waad ilaalin doontaa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="191" />
        <source>Oefen nog wat meer met het onderwerp {theme}. Daar had u %n fouten.</source>
        <translation><numerusform>Wax yar ku celceli mawduuca {theme}. Tirada khaladaadka halkaas: %n.</numerusform>
            <numerusform>Wax yar ku celceli mawduuca {theme}. Tirada khaladaadka halkaas: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="194" />
        <source>Oefen nog wat meer met {kind}. Daar had u %n fouten.</source>
        <translation><numerusform>Wax yar ku celceli {kind}. Tirada khaladaadka: %n.</numerusform>
            <numerusform>Wax yar ku celceli {kind}. Tirada khaladaadka: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="197" />
        <source>U heeft %n vragen niet beantwoord. Geef altijd een antwoord. Een gok kan ook goed zijn.</source>
        <translation><numerusform>Tirada su'aalaha aadan ka jawaabin: %n. Had iyo jeer jawaab bixi. Qiyaasidu sax bay noqon kartaa.</numerusform>
            <numerusform>Tirada su'aalaha aadan ka jawaabin: %n. Had iyo jeer jawaab bixi. Qiyaasidu sax bay noqon kartaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="203" />
        <source>Luister naar uw %n opnames en zeg of ze goed waren. Of vraag uw docent om te luisteren.</source>
        <translation><numerusform>Dhegeyso duubabkaaga (tirada: %n) oo sheeg inay fiicnaayeen. Ama macallinkaaga ka codso inuu dhegeysto.</numerusform>
            <numerusform>Dhegeyso duubabkaaga (tirada: %n) oo sheeg inay fiicnaayeen. Ama macallinkaaga ka codso inuu dhegeysto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="208" />
        <source>Oefen elke dag een beetje. Korte stukjes helpen al.</source>
        <translation>Maalin kasta wax yar ku celceli. Tababar gaaban ayaa caawiya.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="219" />
        <source>Uw uitslag: {title}</source>
        <translation>Natiijadaada: {title}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="221" />
        <source>Terug naar het begin</source>
        <translation>Ku noqo bilowga</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="223" />
        <source>De tijd was om. Wat u had ingevuld, telt mee.</source>
        <translation>Waqtigii wuu dhammaaday. Waxaad buuxisay ayaa la tirinayaa.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="225" />
        <source>U heeft het examen ingeleverd.</source>
        <translation>Imtixaanka waad dhiibtay.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="230" />
        <source>Deel 1 (inspreken)</source>
        <translation>Qaybta 1 (duubista jawaabaha)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="231" />
        <source>Deel 2 (reactie kiezen)</source>
        <translation>Qaybta 2 (doorashada jawaab-celinta)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="232" />
        <source>Korte opdrachten</source>
        <translation>Hawlo gaagaaban</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="233" />
        <source>Middellange opdrachten</source>
        <translation>Hawlo dhexdhexaad ah</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="235" />
        <source>{raw} van de {total} goed</source>
        <translation>{raw} ka mid ah {total} waa sax</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="237" />
        <source>(%n opnames nog niet beoordeeld)</source>
        <translation><numerusform>(duubab aan weli la qiimayn: %n)</numerusform>
            <numerusform>(duubab aan weli la qiimayn: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="242" />
        <source>Geschat niveau: {level}</source>
        <translation>Heerka la qiyaasay: {level}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="245" />
        <source>Geschatte score: {score} (voldoende is {cut})</source>
        <translation>Dhibcaha la qiyaasay: {score} (gudbidda: {cut})</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="254" />
        <source>Kans om te slagen: {chance}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="259" />
        <source>Beoordeel eerst uw opnames. Dan kunnen we iets schatten.</source>
        <translation>Marka hore hubi duubabkaaga. Markaas qiyaas ayaan samayn karnaa.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="262" />
        <source>Dit is een schatting van dit programma. Het is geen officiële uitslag. Bij het echte examen kan het anders gaan.</source>
        <translation>Tani waa qiyaas barnaamijkan. Ma aha natiijo rasmi ah. Imtixaanka dhabta ah wuu ka duwanaan karaa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="267" />
        <source>Websites voor de voorbereiding zeggen: ongeveer {n} van de %n goed is genoeg. Dat is geen officiële grens.</source>
        <translation><numerusform>Bogagga diyaarinta waxay leeyihiin: qiyaastii {n} sax ah oo ka mid ah %n ayaa ku filan. Taasi ma aha xad rasmi ah.</numerusform>
            <numerusform>Bogagga diyaarinta waxay leeyihiin: qiyaastii {n} sax ah oo ka mid ah %n ayaa ku filan. Taasi ma aha xad rasmi ah.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="273" />
        <source>Ons advies</source>
        <translation>Taladayada</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="275" />
        <source>Alle vragen nog eens bekijken</source>
        <translation>Mar kale eeg dhammaan su'aalaha</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="278" />
        <source>nog niet beoordeeld</source>
        <translation>weli lama qiimayn</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="280" />
        <source>niet beantwoord</source>
        <translation>lagama jawaabin</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="282" />
        <source>goed</source>
        <translation>sax</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="284" />
        <source>fout</source>
        <translation>khalad</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="289" />
        <source>{mark} Vraag {n}: {verdict}</source>
        <translation>{mark} Su'aal {n}: {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="295" />
        <source>Uw antwoord: {answer}</source>
        <translation>Jawaabtaada: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="300" />
        <source>Een goed antwoord: {answer}</source>
        <translation>Jawaab fiican: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="302" />
        <source>Het goede antwoord: {answer}</source>
        <translation>Jawaabta saxda ah: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="308" />
        <source>Mijn antwoord was goed</source>
        <translation>Jawaabtaydu way fiicnayd</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="309" />
        <source>Mijn antwoord was niet goed</source>
        <translation>Jawaabtaydu ma fiicnayn</translation>
    </message>
</context>
<context>
    <name>ExamSoundCheck</name>
    <message>
        <location filename="../gui/screens/exam_window.py" line="66" />
        <source>Test eerst uw koptelefoon en uw microfoon, net als bij het echte examen. Het examen is nog niet begonnen.</source>
        <translation>Marka hore tijaabi dhegaha-dhegeysiga iyo makarafoonka, sida imtixaanka dhabta ah. Imtixaanku weli ma bilaabmin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="71" />
        <source>Verder</source>
        <translation>Xiga</translation>
    </message>
</context>
<context>
    <name>ExamStartScreen</name>
    <message>
        <location filename="../gui/screens/exam_start.py" line="293" />
        <source>Adem in…</source>
        <translation>Neef qaado…</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="293" />
        <source>Adem uit…</source>
        <translation>Neef sii daa…</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="295" />
        <location filename="../gui/screens/exam_start.py" line="380" />
        <source>Overslaan</source>
        <translation>Ka bood</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="356" />
        <source>Dit is een oefening. Er gaat niets mis als het niet goed gaat. Een beetje zenuwen is normaal: ze helpen u om scherp te zijn.</source>
        <translation>Tani waa tababar. Wax xun ma dhacayo haddii aysan si fiican u socon. Walwal yar waa caadi: wuxuu kaa caawiyaa inaad feejignaato.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="360" />
        <source>Examen:</source>
        <translation>Imtixaan:</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="361" />
        <source>A2 (inburgeringsexamen)</source>
        <translation>A2 (inburgeringsexamen, imtixaanka is-dhexgalka)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="362" />
        <source>B1 (Staatsexamen NT2 I)</source>
        <translation>B1 (Staatsexamen NT2 I, imtixaanka dawladda ee Nederlandiga luqad labaad ahaan)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="363" />
        <source>Onderdeel:</source>
        <translation>Qayb:</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="364" />
        <source>Lezen</source>
        <translation>Akhris</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="365" />
        <source>Luisteren</source>
        <translation>Dhegeysi</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="366" />
        <source>Spreken</source>
        <translation>Hadal</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="367" />
        <source>Wat gaat er gebeuren?</source>
        <translation>Maxaa dhici doona?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="372" />
        <source>Dit is een korte oefenset met tijd. Het is geen heel examen.</source>
        <translation>Tani waa koox gaaban oo waqti leh. Ma aha imtixaan buuxa.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="375" />
        <source>Eerst rustig ademhalen?</source>
        <translation>Marka hore si deggan u neefso?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="377" />
        <source>Adem een minuut rustig mee met de cirkel. Dat helpt tegen zenuwen.</source>
        <translation>Hal daqiiqo si deggan ula neefso goobada. Taasi waxay ka caawisaa walwalka.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="382" />
        <source>Goed gedaan. U bent klaar om te beginnen.</source>
        <translation>Waa fiican tahay. Waxaad diyaar u tahay inaad bilowdo.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="383" />
        <source>Nog een keer ademhalen</source>
        <translation>Mar kale neefso</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="385" />
        <source>Adem een minuut mee</source>
        <translation>Hal daqiiqo la neefso</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="386" />
        <source>Wat wilt u?</source>
        <translation>Maxaad rabtaa?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="387" />
        <source>Laat de klok zien</source>
        <translation>Tus saacadda</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="388" />
        <source>Geluid van een examenzaal</source>
        <translation>Codka qolka imtixaanka</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="390" />
        <source>In de examenzaal praten andere mensen soms. Zo went u daaraan.</source>
        <translation>Qolka imtixaanka mararka qaar dad kale ayaa hadla. Sidaas ayaad ula qabsanaysaa.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="392" />
        <source>Terug</source>
        <translation>Dib</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="394" />
        <source>Begin de oefenset</source>
        <translation>Bilow kooxda</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="394" />
        <source>Begin het examen</source>
        <translation>Bilow imtixaanka</translation>
    </message>
</context>
<context>
    <name>ExamWindow</name>
    <message>
        <location filename="../gui/screens/exam_window.py" line="314" />
        <source>Dit is een oefenvraag. Hij telt niet mee. De tijd loopt nog niet.</source>
        <translation>Tani waa su'aal tababar. Lama tiriyo. Waqtigu weli ma bilaabmin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="319" />
        <source>Oefenvraag {n} van {total}</source>
        <translation>Su'aal tababar {n} ka mid ah {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="341" />
        <source>Vraag {n}</source>
        <translation>Su'aal {n}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="385" />
        <location filename="../gui/screens/exam_window.py" line="395" />
        <location filename="../gui/screens/exam_window.py" line="744" />
        <source>Volgende</source>
        <translation>Xiga</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="391" />
        <source>Vraag {n} van {total}</source>
        <translation>Su'aal {n} ka mid ah {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="433" />
        <source>Uw opname is niet bewaard. Het opslaan ging mis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="435" />
        <source>Uw antwoord is niet bewaard. Het opslaan ging mis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="438" />
        <source>De schijf is vol.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="440" />
        <source>De opdracht begint opnieuw. Lukt het niet? Vraag dan hulp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="442" />
        <source>Kies uw antwoord nog een keer. Lukt het niet? Vraag dan hulp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="449" />
        <source>Let op</source>
        <translation>Fiiro gaar ah</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="480" />
        <source>Dit examen is nu open in een ander venster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="482" />
        <source>U kunt daar verder gaan. Dit venster stopt.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="554" />
        <source>Nog %n minuten.</source>
        <translation><numerusform>Waxaa hartay %n daqiiqo.</numerusform>
            <numerusform>Waxaa haray %n daqiiqo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="557" />
        <source>Kijk of u alle vragen heeft beantwoord.</source>
        <translation>Hubi inaad dhammaan su'aalaha ka jawaabtay.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="567" />
        <source>Tijd: {time}</source>
        <translation>Waqti: {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="602" />
        <source>U heeft %n vragen nog niet beantwoord.</source>
        <translation><numerusform>Tirada su'aalaha aadan weli ka jawaabin: %n.</numerusform>
            <numerusform>Tirada su'aalaha aadan weli ka jawaabin: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="604" />
        <source>Die tellen als fout.</source>
        <translation>Kuwaas khalad ayaa loo tirinayaa.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="607" />
        <source>U heeft alle vragen beantwoord.</source>
        <translation>Dhammaan su'aalaha waad ka jawaabtay.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="608" />
        <source>Na het inleveren kunt u niets meer veranderen.</source>
        <translation>Dhiibista ka dib waxba ma beddeli kartid.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="611" />
        <source>Examen inleveren?</source>
        <translation>Ma dhiibaysaa imtixaanka?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="613" />
        <location filename="../gui/screens/exam_window.py" line="745" />
        <source>Inleveren</source>
        <translation>Dhiib</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="614" />
        <source>Terug naar het examen</source>
        <translation>Ku noqo imtixaanka</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="625" />
        <source>Stoppen met het examen?</source>
        <translation>Ma joojinaysaa imtixaanka?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="626" />
        <source>Uw antwoorden zijn bewaard. U kunt later verder gaan.</source>
        <translation>Jawaabahaaga waa la kaydiyay. Mar dambe waad sii wadan kartaa.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="628" />
        <source>De tijd staat stil tot u verder gaat.</source>
        <translation>Waqtigu wuu istaagayaa ilaa aad sii wado.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="629" />
        <location filename="../gui/screens/exam_window.py" line="726" />
        <source>Stoppen</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="630" />
        <source>Verder met het examen</source>
        <translation>Sii wad imtixaanka</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="451" />
        <location filename="../gui/screens/exam_window.py" line="727" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="728" />
        <source>Zo gaat het examen</source>
        <translation>Sida imtixaanku u shaqeeyo</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="730" />
        <source>Lees alles rustig. Klik op 'Beginnen' als u klaar bent.</source>
        <translation>Wax walba si deggan u akhri. Guji 'Bilow' marka aad diyaar tahay.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="731" />
        <source>Beginnen</source>
        <translation>Bilow</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="732" />
        <source>De oefenvragen zijn klaar</source>
        <translation>Su'aalaha tababarku way dhammaadeen</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="735" />
        <source>Nu begint het echte examen. De tijd loopt vanaf nu. U heeft %n minuten.</source>
        <translation><numerusform>Hadda imtixaanka dhabta ah ayaa bilaabmaya. Waqtigu hadda ayuu bilaabmayaa. Waqtigaaga (daqiiqado): %n.</numerusform>
            <numerusform>Hadda imtixaanka dhabta ah ayaa bilaabmaya. Waqtigu hadda ayuu bilaabmayaa. Waqtigaaga (daqiiqado): %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="740" />
        <source>Doe rustig uw best. Succes!</source>
        <translation>Deggenaan oo dadaal. Guul!</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="742" />
        <source>Start het examen</source>
        <translation>Bilow imtixaanka</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="743" />
        <source>Vorige</source>
        <translation>Hore</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="86" />
        <source>Alle leerlingen</source>
        <translation>Dhammaan ardayda</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="88" />
        <source>Groep: {name}</source>
        <translation>Koox: {name}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="90" />
        <source>Leerling: {name}</source>
        <translation>Arday: {name}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="111" />
        <source>Opslaan als</source>
        <translation>U kaydi sida</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="130" />
        <location filename="../gui/teacher/export_tab.py" line="145" />
        <source>Bezig…</source>
        <translation>Waa la shaqaynayaa…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="153" />
        <source>Opgeslagen: {path}</source>
        <translation>Waa la kaydiyay: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="156" />
        <source>Resultaten van:</source>
        <translation>Natiijooyinka:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="157" />
        <source>Opslaan als CSV…</source>
        <translation>U kaydi CSV ahaan…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="158" />
        <source>Opslaan als Excel (XLSX)…</source>
        <translation>U kaydi Excel (XLSX) ahaan…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="159" />
        <source>Voortgangsverslag (PDF)…</source>
        <translation>Warbixinta horumarka (PDF)…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="161" />
        <source>Eén regel per leerling en onderdeel. Opent direct in Excel.</source>
        <translation>Hal saf arday iyo qayb kasta. Si toos ah ayuu Excel ugu furmaa.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="163" />
        <source>Een overzicht en een blad met alle antwoorden.</source>
        <translation>Guud mar iyo bog leh dhammaan jawaabaha.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="165" />
        <source>Voor één leerling: niveau, grafiek, oefentijd en proefexamens.</source>
        <translation>Hal arday: heerka, jaantuska, waqtiga tababarka iyo imtixaannada tijaabada.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../gui/screens/home.py" line="167" />
        <source>Lezen</source>
        <translation>Akhris</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="168" />
        <source>Luisteren</source>
        <translation>Dhegeysi</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="169" />
        <source>Spreken</source>
        <translation>Hadal</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="175" />
        <source>Hallo {name}!</source>
        <translation>Salaan {name}!</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="176" />
        <source>Geluid testen</source>
        <translation>Tijaabi codka</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="177" />
        <source>Ander profiel</source>
        <translation>Koonto kale</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="181" />
        <source>Uw doel: {goal}.</source>
        <translation>Hadafkaaga: {goal}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="183" />
        <source>U oefent voor het examen op niveau {level}.</source>
        <translation>Waxaad u tababaranaysaa imtixaanka heerka {level}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="187" />
        <source>Nog %n dagen tot uw examen.</source>
        <translation><numerusform>Maalmaha ka haray imtixaankaaga: %n.</numerusform>
            <numerusform>Maalmaha ka haray imtixaankaaga: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="195" />
        <source>Uw niveau nu: {level}</source>
        <translation>Heerkaaga hadda: {level}</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="201" />
        <source>Kans: {chance}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="205" />
        <source>%n vragen gemaakt, {good} goed.</source>
        <translation><numerusform>Su'aalo la jawaabay: %n, sax: {good}.</numerusform>
            <numerusform>Su'aalo la jawaabay: %n, sax: {good}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="209" />
        <location filename="../gui/screens/home.py" line="221" />
        <source>Oefenen</source>
        <translation>Ku celceli</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="212" />
        <source>Nog geen niveau</source>
        <translation>Weli heer ma jiro</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="219" />
        <source>Spreek korte antwoorden in. Daarna luistert u naar uzelf.</source>
        <translation>Duub jawaabo gaagaaban. Kadib naftaada dhegeyso.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="224" />
        <source>Begin met een korte test. Dan weten we waar u kunt beginnen.</source>
        <translation>Ku bilow imtixaan gaaban. Markaas waxaan ogaanaynaa halka aad ka bilaabi karto.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="226" />
        <source>Korte test (5 minuten)</source>
        <translation>Imtixaan gaaban (5 daqiiqo)</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="229" />
        <source>Nog geen oefeningen</source>
        <translation>Weli layli ma jiro</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="233" />
        <source>U heeft in totaal %n minuten geoefend. Goed bezig!</source>
        <translation><numerusform>Wadarta waqtiga tababarkaaga (daqiiqado): %n. Si fiican!</numerusform>
            <numerusform>Wadarta waqtiga tababarkaaga (daqiiqado): %n. Si fiican!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="235" />
        <source>Kies een onderdeel. Een keer oefenen duurt ongeveer 10 minuten.</source>
        <translation>Dooro qayb. Hal tababar wuxuu qaataa qiyaastii 10 daqiiqo.</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../bank/importers/messages.py" line="46" />
        <source>{msg}; niet in de itembank gezet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="50" />
        <source>{msg}; de vraag gaat daarover, dus de vraag is weggelaten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="56" />
        <source>{msg} ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="61" />
        <source>'{ref}' staat op internet; examtrainer werkt zonder internet en downloadt niets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="68" />
        <source>'{ref}' is geen plaatje of geluid dat examtrainer kan gebruiken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="74" />
        <source>'{ref}' is een volledig pad; alleen bestanden naast de itembank worden gebruikt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="81" />
        <source>'{ref}' wijst naar een plek buiten de map van de itembank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="87" />
        <source>het bestand '{ref}' is er niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="91" />
        <source>het bestand '{ref}' is er niet (gezocht naast het werkblad en in media/)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="98" />
        <source>ingesloten gegevens van de soort '{kind}' kan examtrainer niet gebruiken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="105" />
        <source>de ingesloten gegevens zijn beschadigd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="109" />
        <source>het bestand '{ref}' zit niet in de vraag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="113" />
        <source>het ingesloten bestand '{ref}' is beschadigd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="117" />
        <source>'{ref}' is geen plaatje of geluid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="121" />
        <source>'{ref}' is geen plaatje dat examtrainer kan tonen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="125" />
        <source>het plaatje in &lt;image_base64&gt; is beschadigd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="129" />
        <source>'{ref}' in een antwoord of uitleg is niet overgenomen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="135" />
        <source>per vraag één plaatje en één geluid; '{ref}' is niet overgenomen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="141" />
        <source>per vraag één plaatje; '{ref}' is niet overgenomen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="145" />
        <source>per vraag één geluid; '{ref}' is niet overgenomen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="152" />
        <source>de vraag gaat over een geluid of video; die kan GIFT niet meenemen; de vraag is weggelaten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="160" />
        <source>plaatjes en geluid in GIFT-teksten worden niet meegenomen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="166" />
        <source>plaatjes in antwoorden kan examtrainer niet tonen; de tekst is overgenomen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="176" />
        <source>de vraag gaat over een geluid dat niet meekomt (zie hierboven); de vraag is weggelaten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="184" />
        <source>de vraag gaat over een video; examtrainer speelt geen video; de vraag is weggelaten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="191" />
        <source>het gaat over een video ('{ref}'); examtrainer speelt geen video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="197" />
        <source>het gaat over een geluid ('{ref}') dat er niet is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="201" />
        <source>het gaat over een geluid dat er niet is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="205" />
        <source>het gaat over een tekst ('{ref}') die er niet is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="209" />
        <source>de gedeelde tekst ('{ref}') zit niet in het pakket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="213" />
        <source>de gedeelde tekst ('{ref}') is niet te lezen: {msg}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="217" />
        <source>de gedeelde tekst ('{ref}') heeft geen inhoud (qti-stimulus-body)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="224" />
        <source>rekenvragen (een getal met marge) kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="230" />
        <source>rekenvragen ({{#...}}) kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="234" />
        <source>vragen met formules kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="238" />
        <source>slepen in een tekst kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="242" />
        <source>slepen op een plaatje kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="246" />
        <source>markeringen slepen kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="250" />
        <source>ontbrekende woorden kiezen (gapselect) kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="256" />
        <source>deze soort volgordevraag (qtype_order) kent examtrainer niet; gebruik qtype_ordering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="263" />
        <source>willekeurig koppelen haalt vragen uit andere vragen; dat kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="270" />
        <source>een willekeurige vraag wordt pas in de toets gekozen; dat kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="277" />
        <source>het vraagtype '{kind}' kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="281" />
        <source>de vraag heeft geen type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="285" />
        <source>de vraagtekst is leeg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="292" />
        <source>een vraag met één goed antwoord heeft precies één antwoord met 100% nodig (gevonden: {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="300" />
        <source>een juist/onjuist-vraag heeft 'true' of 'false' met 100% nodig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="306" />
        <source>een antwoord met * ('{t}') kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="310" />
        <source>geen antwoord met 100%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="314" />
        <source>een volgordevraag heeft minstens twee delen nodig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="318" />
        <source>een invuloefening (cloze) zonder open plekken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="322" />
        <source>een open plek voor een getal met marge kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="328" />
        <source>een open plek van de soort {kind} is onbekend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="332" />
        <source>een open plek met keuzes heeft precies één goed antwoord nodig (gevonden: {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="339" />
        <source>een open plek om te typen heeft een antwoord met 100% nodig (zonder *)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="346" />
        <source>een meerkeuzevraag heeft één antwoord met '=' nodig (gevonden: {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="355" />
        <source>deze vraag is een sjabloon: de getallen en woorden worden pas gekozen als de vraag verschijnt (templateProcessing); dat kan examtrainer niet; de vraag is weggelaten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="363" />
        <source>{name} kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="367" />
        <source>klikken op een plek in een plaatje (hotspot) kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="373" />
        <source>woorden op een plaatje slepen kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="377" />
        <source>plekken in een plaatje ordenen kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="381" />
        <source>plekken in een plaatje verbinden kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="387" />
        <source>een plek in een plaatje aanwijzen kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="393" />
        <source>dingen op een plaatje zetten kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="397" />
        <source>vrije paren (associate) kent examtrainer niet; gebruik koppelen (match)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="404" />
        <source>woorden in de tekst aanklikken (hottext) kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="410" />
        <source>een antwoord met een schuifje kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="414" />
        <source>tekenen kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="418" />
        <source>deze eigen vraagvorm kan examtrainer niet tonen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="422" />
        <source>deze eigen vraagvorm (PCI) kan examtrainer niet tonen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="428" />
        <source>een bestand van de soort '{kind}' is geen gesproken antwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="434" />
        <source>koppelen heeft twee rijen met keuzes nodig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="438" />
        <source>geen goed antwoord (correctResponse): geen paren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="442" />
        <source>een deel links met meer partners kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="448" />
        <source>'{t}' heeft geen partner; weggelaten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="452" />
        <source>een volgordevraag heeft de goede volgorde van alle delen nodig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="458" />
        <source>een volgorde van maar een paar delen kent examtrainer niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="464" />
        <source>een keuze in de zin heeft één goed antwoord nodig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="468" />
        <source>open plek '{gap}' heeft geen goed woord; weggelaten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="472" />
        <source>geen goed antwoord (correctResponse of mapping)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="476" />
        <source>geen goede antwoorden (correctResponse of mapping)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="480" />
        <source>één keuze, maar meer dan één goed antwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="484" />
        <source>de vraag heeft geen inhoud (itemBody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="488" />
        <source>dit onderdeel stelt geen vraag (er is niets te beantwoorden)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="494" />
        <source>hulpkaarten (catalogInfo, zoals een woordenlijst) zijn niet overgenomen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="501" />
        <source>uitleg die van de verwerking van het antwoord afhangt is niet overgenomen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="508" />
        <source>'{key}' is niet de code van een antwoord (simpleChoice)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="514" />
        <source>'{key}' noemt geen paar uit de keuzes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="518" />
        <source>&lt;{tag}&gt; bevat geen vraag (assessmentItem)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="520" />
        <source>'{ref}' ontbreekt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="524" />
        <source>er kon geen enkele vraag worden ingelezen; hieronder staat per vraag waarom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="531" />
        <source>de map voor de itembank is niet leeg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="535" />
        <source>'{id}' is geen geldige code voor een itembank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="539" />
        <source>'{id}' is niet geldig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="543" />
        <source>het bestand begint met &lt;{tag}&gt;, niet met &lt;quiz&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="550" />
        <source>geweigerd: het XML-bestand definieert entiteiten; die kunnen de computer laten vastlopen of andere bestanden lezen, dus examtrainer leest ze niet{rest}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="558" />
        <source>geweigerd: onveilige XML {rest}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="560" />
        <source>geweigerd: {rest}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="563" />
        <source>het XML-bestand is kapot: {rest}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="567" />
        <source>de antwoorden hebben geen sluitende '}}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="571" />
        <source>'{name}' is verdacht sterk ingepakt (een zip-bom?); examtrainer pakt het niet uit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="578" />
        <source>'{name}' wordt uitgepakt {n} bytes groot; dat is te groot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="584" />
        <source>'{name}' bevat te veel bestanden ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="588" />
        <source>meer dan één '{{' (schrijf \{{ voor een accolade in de tekst)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="594" />
        <source>de titel heeft geen sluitende '::'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="598" />
        <source>'}}' zonder '{{' (schrijf \}} voor een accolade in de tekst)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="604" />
        <source>elk koppel-antwoord is '=links -&gt; rechts'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="608" />
        <source>onverwacht '{c}' voor het eerste antwoord (gebruik = of ~)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="615" />
        <source>{file}: een QTI-vraag zonder QTI 2.x/3.0-namespace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="619" />
        <source>{file}: QTI 1.2 kent examtrainer niet; exporteer als QTI 2.1 of 3.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="625" />
        <source>{file}: dit XML-bestand is leeg of kapot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="629" />
        <source>{file}: XML dat begint met &lt;{tag}&gt; is geen Moodle-toets en geen QTI-vraag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="636" />
        <source>{file}: dit zip-bestand is kapot ({rest})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="643" />
        <source>{file}: een zip zonder pack.yaml (examtrainer-pakket) en zonder imsmanifest.xml (QTI-pakket)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="651" />
        <source>{file}: een map zonder pack.yaml is geen itembank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="655" />
        <source>{file}: het bestand is er niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="659" />
        <source>{file}: sla het werkblad eerst op als .xlsx of .csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="663" />
        <source>{file}: een tekstbestand zonder GIFT-vragen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="667" />
        <source>{file}: de soort bestand '{kind}' kent examtrainer niet; examtrainer leest .xlsx, .csv, .xml (Moodle XML, QTI 2.1/3.0), .zip (QTI-pakket, examtrainer-pakket) en .gift/.txt (GIFT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="676" />
        <source>'{ref}': een volledig pad in het zip-bestand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="680" />
        <source>'{ref}': het pad gaat buiten het zip-bestand (..)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="684" />
        <source>'{ref}': snelkoppelingen (links) mogen niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="688" />
        <source>'{ref}': verdacht sterk ingepakt (een zip-bom?); geweigerd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="694" />
        <source>'{ref}' is een kapot zip-bestand: {rest}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="698" />
        <source>'{ref}': te veel bestanden ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="702" />
        <source>'{ref}': uitgepakt {n} bytes, te groot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="706" />
        <source>'{ref}': uitgepakt groter dan toegestaan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="710" />
        <source>'{ref}': '{member}' is beschadigd: {rest}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="718" />
        <source>{n} tekst(en)/vraag/vragen zonder vaardigheid kregen 'lezen' ('luisteren' als er geluid bij is); pas dat zo nodig aan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="729" />
        <source>{n} tekst(en)/vraag/vragen zonder niveau kregen {level}; pas dat zo nodig aan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="739" />
        <source>{where}: geen &lt;single&gt;; {n} antwoorden geven punten, dus: meer goede antwoorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="746" />
        <source>{where}: een beschrijving is geen vraag; weggelaten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="750" />
        <source>{where}: een tekst zonder antwoorden is geen vraag; weggelaten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="756" />
        <source>{where}: het goede antwoord komt uit de mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="763" />
        <source>{where}: {what} werd een korte spreekopdracht met voorbeeldantwoord '{model}' en {n} seconden spreektijd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="771" />
        <source>{where}: toetsen ({href}) worden niet ingelezen, alleen hun vragen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="777" />
        <source>{where}: imsmanifest.xml noemt geen vragen; alle XML-bestanden zijn gelezen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="784" />
        <source>{where}: geen UTF-8; gelezen als Windows-1252</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="788" />
        <source>{where}: UTF-16 met kapotte tekens; die zijn vervangen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="794" />
        <source>{where}: overgeslagen, de eerste rij heeft geen kolom 'vraag'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="800" />
        <source>{where}: niet gebruikte kolommen: {cols}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="807" />
        <source>{where}: aftrek ({w}) voor '{t}': in examtrainer telt een fout antwoord als fout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="815" />
        <source>mag niet leeg zijn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="817" />
        <source>ontbreekt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="818" />
        <source>onbekend veld</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="821" />
        <source>de afbeelding is {w} x {h} pixels; dat is te groot (hoogstens {m} x {m})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="828" />
        <source>meer dan {n} vragen; dat is te veel voor een import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="832" />
        <source>is te lang: hoogstens {n} tekens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="836" />
        <source>'{name}' is {size} bytes groot; hoogstens {n} bytes mag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="842" />
        <source>mag alleen letters, cijfers, '.', '_' en '-' bevatten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="848" />
        <source>moet een van deze zijn: {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="852" />
        <source>heeft niet de goede vorm ({kind})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="856" />
        <source>heeft minstens twee antwoorden nodig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="860" />
        <source>twee antwoorden zijn hetzelfde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="864" />
        <source>heeft minstens twee paren nodig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="868" />
        <source>ontbreekt: het goede antwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="872" />
        <source>geef één antwoord, geen lijst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="876" />
        <source>'{t}' is niet een van de antwoorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="880" />
        <source>ontbreekt: de goede antwoorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="884" />
        <source>ontbreekt: de antwoorden die goed zijn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="888" />
        <source>ontbreekt: de goede volgorde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="892" />
        <source>de goede volgorde moet elk deel één keer noemen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="896" />
        <source>'{t}' van een paar staat niet bij de keuzes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="900" />
        <source>dit is een spreekopdracht (vaardigheid spreken)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="904" />
        <source>ontbreekt: hoeveel seconden de leerling mag spreken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="908" />
        <source>ontbreekt: een voorbeeldantwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="912" />
        <source>bij dit soort vraag krijgt een antwoord geen deel van de punten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="918" />
        <source>'{t}' is al het goede antwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="922" />
        <source>het deel van de punten voor '{t}' moet tussen 0 en 1 liggen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="928" />
        <source>het deel van de punten voor '{t}' moet tussen -1 en 1 liggen, en niet 0 zijn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="935" />
        <source>verschilt van de tekst erbij</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="939" />
        <source>verschilt van de tekst erbij ({skill})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="943" />
        <source>de tekst erbij kon niet worden ingelezen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="947" />
        <source>er is geen tekst met code '{id}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="951" />
        <source>dubbele code (ook in {where})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="955" />
        <source>het bestand '{ref}' bestaat niet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="959" />
        <source>'{ref}' ligt buiten de map met media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="964" />
        <source>'{v}' is onbekend; gebruik A0, A1, A2 of B1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="968" />
        <source>'{v}' is onbekend; gebruik een van: {list}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="972" />
        <source>'{v}' is geen thema; gebruik: {list}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="976" />
        <source>is ingevuld, maar '{col}' is leeg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="980" />
        <source>antwoord {v} wijst naar een leeg antwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="984" />
        <source>'{v}' is niet een van de antwoorden (geef een letter A–E of de tekst)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="991" />
        <source>ontbreekt: de letter van het goede antwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="995" />
        <source>ontbreekt: de letters van de goede antwoorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="999" />
        <source>'{v}' is niet Juist of Onjuist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1003" />
        <source>ontbreekt: de goede antwoorden (scheid ze met |)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1007" />
        <source>'{v}' is geen paar zoals 'links = rechts'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1011" />
        <source>'{v}' is geen heel aantal seconden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1015" />
        <source>'{v}' mag alleen letters, cijfers, '.', '_' en '-' bevatten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1021" />
        <source>'{v}' komt twee keer voor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1025" />
        <source>ontbreekt: het vraagtype, bijvoorbeeld meerkeuze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1029" />
        <source>ontbreekt: de vraag of opdracht</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1033" />
        <source>verschilt van rij {n} (zelfde tekst_id)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1037" />
        <source>'{v}' is geen vrije, geldige code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1041" />
        <source>kolom '{v}' staat er twee keer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1045" />
        <source>het werkblad is niet te lezen: {rest}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1049" />
        <source>het CSV-bestand is niet te lezen: {rest}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1056" />
        <source>geen vragen gevonden: de eerste rij heeft een kolom 'vraag' nodig, met rijen eronder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1064" />
        <source>regel {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1067" />
        <source>{file} vraag {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1071" />
        <source>{file} rij {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../bank/importers/messages.py" line="1075" />
        <source>{file} open plek {n}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="124" />
        <source>probleem</source>
        <translation>dhibaato</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="125" />
        <source>niet ingelezen</source>
        <translation>lama soo dejin</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="134" />
        <source>Lezen</source>
        <translation>Akhris</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="135" />
        <source>Luisteren</source>
        <translation>Dhegeyso</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="136" />
        <source>Spreken</source>
        <translation>Hadal</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="137" />
        <source>Schrijven</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="143" />
        <source>meerkeuze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="144" />
        <source>meer goede antwoorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="145" />
        <source>juist/onjuist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="146" />
        <source>kort antwoord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="147" />
        <source>koppelen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="148" />
        <source>volgorde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="149" />
        <source>reactie kiezen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="150" />
        <source>korte spreekopdracht</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="151" />
        <source>langere spreekopdracht</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="152" />
        <source>schrijfopdracht</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="158" />
        <source>examtrainer-pakket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="163" />
        <source>Excel-werkblad (xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="164" />
        <source>CSV-bestand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="174" />
        <source>Vragen importeren</source>
        <translation>Soo deji su'aalo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="176" />
        <source>Bestand: {name} (soort: {format})</source>
        <translation>Fayl: {name} (nooc: {format})</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="184" />
        <source>Het bestand heeft {items} en {texts} voor de itembank '{title}' ({id}). Er is nog niets veranderd.</source>
        <translation>Faylku wuxuu leeyahay {items} iyo {texts} bangiga su'aalaha '{title}' ({id}). Weli waxba isma beddelin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="189" />
        <location filename="../gui/dialogs/import_preview.py" line="202" />
        <source>%n vragen</source>
        <translation><numerusform>%n su'aal</numerusform>
            <numerusform>%n su'aalood</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="190" />
        <location filename="../gui/dialogs/import_preview.py" line="203" />
        <source>%n teksten</source>
        <translation><numerusform>%n qoraal</numerusform>
            <numerusform>%n qoraal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="197" />
        <source>Dit wordt de itembank '{title}' ({id}) met {items} en {texts}. Er is nog niets ingelezen. Klik op Installeren om door te gaan.</source>
        <translation>Kani wuxuu noqonayaa bangiga su'aalaha '{title}' ({id}): {items} iyo {texts}. Weli waxba lama soo dejin. Guji Rakib si aad u sii waddo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="209" />
        <source>Dit bestand kan niet worden ingelezen: er zijn %n problemen. Verbeter het bestand en probeer het opnieuw. Er is niets veranderd.</source>
        <translation><numerusform>Faylkan lama soo dejin karo. Tirada dhibaatooyinka: %n. Sax faylka oo mar kale isku day. Waxba isma beddelin.</numerusform>
            <numerusform>Faylkan lama soo dejin karo. Tirada dhibaatooyinka: %n. Sax faylka oo mar kale isku day. Waxba isma beddelin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="217" />
        <source>Code van de itembank: {id} (gemaakt uit: {source}). Niet uit de bestandsnaam.</source>
        <translation>Koodhka bangiga su'aalaha: {id} (laga sameeyay: {source}). Kama aha magaca faylka.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="223" />
        <source>Wat wordt ingelezen:</source>
        <translation>Waxa la soo dejin doono:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="225" />
        <source>Onderdeel</source>
        <translation>Qayb</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="225" />
        <source>Niveau</source>
        <translation>Heer</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="225" />
        <source>Vragen</source>
        <translation>Su'aalo</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="225" />
        <source>Soorten</source>
        <translation>Noocyada</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="228" />
        <source>Problemen en delen die niet worden ingelezen ({n}):</source>
        <translation>Dhibaatooyin iyo qaybo aan la soo dejin doonin ({n}):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="234" />
        <source>Soort</source>
        <translation>Nooca</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="235" />
        <source>Bestand / regel</source>
        <translation>Fayl / saf</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="236" />
        <source>Vraag</source>
        <translation>Su'aal</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="237" />
        <source>Veld</source>
        <translation>Goob</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="238" />
        <source>Wat is er mis</source>
        <translation>Maxaa khaldan</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="244" />
        <source>Vervangen</source>
        <translation>Beddel</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="244" />
        <source>Installeren</source>
        <translation>Rakib</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="245" />
        <source>Beide bewaren</source>
        <translation>Labadaba hay</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="246" />
        <source>Annuleren</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="254" />
        <source>Deze itembank is er al: '{title}'. Bij vervangen: {new}, {changed}, {removed}, {same}.</source>
        <translation>Bangigan su'aalaha hore ayuu u jiray: '{title}'. Haddii la beddelo: {new}, {changed}, {removed}, {same}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="257" />
        <source>%n nieuwe vragen</source>
        <translation><numerusform>su'aalo cusub: %n</numerusform>
            <numerusform>su'aalo cusub: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="258" />
        <source>%n veranderde vragen</source>
        <translation><numerusform>su'aalo is beddelay: %n</numerusform>
            <numerusform>su'aalo is beddelay: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="259" />
        <source>%n vragen gaan weg</source>
        <translation><numerusform>su'aalo baxaya: %n</numerusform>
            <numerusform>su'aalo baxaya: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="260" />
        <source>%n blijven hetzelfde</source>
        <translation><numerusform>aan isbeddelin: %n</numerusform>
            <numerusform>aan isbeddelin: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="264" />
        <source>Leerlingen gaven al %n antwoorden op vragen die veranderen of weggaan. Die antwoorden blijven bewaard.</source>
        <translation><numerusform>Tirada jawaabaha ardaydu siiyeen su'aalaha is beddelaya ama baxaya: %n. Jawaabahaas waa la hayaa.</numerusform>
            <numerusform>Tirada jawaabaha ardaydu siiyeen su'aalaha is beddelaya ama baxaya: %n. Jawaabahaas waa la hayaa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="271" />
        <source>Dit is een meegeleverde itembank. Die kunt u niet vervangen. Met 'Beide bewaren' komt uw bank ernaast, met een eigen code.</source>
        <translation>Kani waa bangi su'aalo oo barnaamijka la socda. Ma beddeli kartid. 'Labadaba hay' bangigaaga ayaa dhinaciisa lagu darayaa, koodh u gaar ah.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="275" />
        <source>Kies: vervangen, beide bewaren of annuleren.</source>
        <translation>Dooro: beddel, labadaba hay ama jooji.</translation>
    </message>
</context>
<context>
    <name>LearnerPinDialog</name>
    <message>
        <location filename="../gui/dialogs/pin.py" line="277" />
        <source>Deze code klopt niet.</source>
        <translation>Koodhkan ma saxna.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="282" />
        <source>Dit profiel is van {name}. Typ de geheime code.</source>
        <translation>Koontadan waxaa leh {name}. Qor koodhka qarsoodiga ah.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="284" />
        <source>Openen</source>
        <translation>Fur</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="285" />
        <source>Annuleren</source>
        <translation>Jooji</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="137" />
        <location filename="../gui/teacher/learners_tab.py" line="259" />
        <source>(geen groep)</source>
        <translation>(koox ma jirto)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="225" />
        <source>gearchiveerd</source>
        <translation>kaydsan</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="225" />
        <source>actief</source>
        <translation>firfircoon</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="230" />
        <source>Terugzetten</source>
        <translation>Soo celi</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="232" />
        <source>Archiveren</source>
        <translation>Kaydi</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="235" />
        <source>Leerlingen</source>
        <translation>Ardayda</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="236" />
        <source>Groepen</source>
        <translation>Kooxaha</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Naam</source>
        <translation>Magac</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Groep</source>
        <translation>Koox</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Status</source>
        <translation>Xaalad</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="238" />
        <source>Naam:</source>
        <translation>Magac:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="239" />
        <source>Naam van de leerling</source>
        <translation>Magaca ardayga</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="240" />
        <source>Nieuwe leerling</source>
        <translation>Arday cusub</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="241" />
        <source>Naam wijzigen</source>
        <translation>Beddel magaca</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="242" />
        <source>Code wissen</source>
        <translation>Tirtir koodhka</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="244" />
        <source>Voor een leerling die de geheime code van het profiel vergeten is.</source>
        <translation>Ardayga ilaaway koodhka qarsoodiga ah ee koontadiisa.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="246" />
        <source>Groep:</source>
        <translation>Koox:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="247" />
        <source>In groep zetten</source>
        <translation>Ku dar koox</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="248" />
        <source>Naam van de groep</source>
        <translation>Magaca kooxda</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="249" />
        <source>Nieuwe groep</source>
        <translation>Koox cusub</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="250" />
        <source>Hernoemen</source>
        <translation>Magac cusub sii</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="253" />
        <source>Gearchiveerde leerlingen staan niet meer in de profielen. Hun resultaten blijven bewaard.</source>
        <translation>Ardayda la kaydiyay mar dambe kuma muuqdaan koontooyinka. Natiijooyinkoodu way kaydsan yihiin.</translation>
    </message>
</context>
<context>
    <name>ListeningScreen</name>
    <message>
        <location filename="../gui/screens/listening.py" line="201" />
        <source>Vraag {n} van {total} bij dit fragment</source>
        <translation>Su'aal {n} ka mid ah {total} ee codkan</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="232" />
        <source>Kies eerst een antwoord.</source>
        <translation>Marka hore dooro jawaab.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="241" />
        <source>Uw antwoord is bewaard. Hier is de volgende vraag.</source>
        <translation>Jawaabtaada waa la kaydiyay. Waa tan su'aasha xigta.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="289" />
        <source>Korte test: luisteren</source>
        <translation>Imtixaan gaaban: dhegeysi</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="292" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>Tani ma aha imtixaan. Deggenaan oo dadaal. Dhowr su'aalood ka dib waxaan ogaanaynaa heerka kugu habboon.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="297" />
        <source>Luisteren oefenen</source>
        <translation>Ku celceli dhegeysiga</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="299" />
        <source>Klik op Luisteren. Luister goed. Kies dan het goede antwoord.</source>
        <translation>Guji Dhegeyso. Si fiican u dhegeyso. Kadib dooro jawaabta saxda ah.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="301" />
        <source>Langzamer afspelen</source>
        <translation>Si tartiib ah u shid</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="304" />
        <source>Verberg de tekst</source>
        <translation>Qari qoraalka</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="306" />
        <source>Lees wat er gezegd wordt</source>
        <translation>Akhri waxa la leeyahay</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="308" />
        <source>Stoppen</source>
        <translation>Jooji tababarka</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="309" />
        <source>Controleer</source>
        <translation>Hubi</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="310" />
        <source>Volgende vraag</source>
        <translation>Su'aasha xigta</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="311" />
        <source>Typ hier uw antwoord</source>
        <translation>Halkan ku qor jawaabtaada</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="312" />
        <source>Er is geen geluid</source>
        <translation>Cod ma jiro</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="315" />
        <source>We vinden geen luidspreker of koptelefoon. Voor luisteren heeft u geluid nodig.

Zo lost u het op:
1. Sluit een koptelefoon of luidsprekers aan op de computer.
2. Zet het geluid van de computer aan.
3. Klik op 'Opnieuw kijken'.

Lukt het niet? Vraag hulp aan uw docent.</source>
        <translation>Ma helayno sameecad ama dhegaha-dhegeysi. Dhegeysiga waxaad u baahan tahay cod.

Sida loo hagaajiyo:
1. Ku xir kombiyuutarka dhegaha-dhegeysi ama sameecado.
2. Shid codka kombiyuutarka.
3. Guji 'Mar kale hubi'.

Weli ma shaqaynayo? Macallinkaaga caawimaad weydii.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="324" />
        <source>Opnieuw kijken</source>
        <translation>Mar kale hubi</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="325" />
        <source>Terug naar het begin</source>
        <translation>Ku noqo bilowga</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="69" />
        <source>Even geduld. Het programma wordt klaargezet…</source>
        <translation>Fadlan sug. Barnaamijku wuu diyaarsanayaa…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="130" />
        <source>Er ging iets mis. Uw antwoorden zijn bewaard. Probeer het nog een keer.</source>
        <translation>Wax baa khaldamay. Jawaabahaaga waa la kaydiyay. Fadlan mar kale isku day.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="132" />
        <source>Let op</source>
        <translation>Fiiro gaar ah</translation>
    </message>
</context>
<context>
    <name>MatchAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="113" />
        <source>– kies –</source>
        <translation>– dooro –</translation>
    </message>
</context>
<context>
    <name>OnboardingScreen</name>
    <message>
        <location filename="../gui/screens/onboarding.py" line="154" />
        <source>Kies een geheime code van minstens 4 tekens.</source>
        <translation>Dooro koodh qarsoodi ah oo ugu yaraan 4 xaraf leh.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="157" />
        <source>De code moet minstens 4 tekens hebben.</source>
        <translation>Koodhku waa inuu leeyahay ugu yaraan 4 xaraf.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="177" />
        <source>Welkom bij examtrainer</source>
        <translation>Ku soo dhowow examtrainer</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="179" />
        <source>In welke taal wilt u de uitleg lezen? U kunt dit later veranderen.</source>
        <translation>Luqaddee ayaad rabtaa inaad ku akhrido sharraxaadda? Mar dambe waad beddeli kartaa.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="181" />
        <source>Verder</source>
        <translation>Xiga</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="182" />
        <source>Over u</source>
        <translation>Adiga</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="183" />
        <source>Hoe heet u? (Uw voornaam is genoeg.)</source>
        <translation>Magacaa? (Magacaaga hore ayaa ku filan.)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="184" />
        <source>Voor welk examen oefent u?</source>
        <translation>Imtixaankee ayaad u tababaranaysaa?</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="185" />
        <source>Inburgeringsexamen A2 (DUO)</source>
        <translation>Inburgeringsexamen A2 (DUO, imtixaanka is-dhexgalka)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="186" />
        <source>Staatsexamen Nt2 B1 (programma I)</source>
        <translation>Staatsexamen Nt2 B1 (programma I, imtixaanka dawladda ee Nederlandiga)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="189" />
        <source>Moest u inburgeren vóór 2022? Dan is het meestal A2. Vanaf 2022 is het meestal B1. Twijfelt u? Kies A2. U kunt het later veranderen.</source>
        <translation>Is-dhexgalkaagu (inburgering) ma bilaabmay 2022 ka hor? Markaas badanaa waa A2. Laga bilaabo 2022 badanaa waa B1. Ma hubtid? Dooro A2. Mar dambe waad beddeli kartaa.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="193" />
        <source>Uw doel (mag leeg blijven), bijvoorbeeld: werk vinden</source>
        <translation>Hadafkaaga (waad ka tagi kartaa madhan), tusaale: shaqo helid</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="194" />
        <source>Ik weet de datum van mijn examen:</source>
        <translation>Waan ogahay taariikhda imtixaankayga:</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="198" />
        <source>Kies een geheime code (minstens 4 tekens). Dan kan niemand anders uw profiel openen.</source>
        <translation>Dooro koodh qarsoodi ah (ugu yaraan 4 xaraf). Markaas qof kale ma furi karo koontadaada.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="205" />
        <source>Geheime code (mag leeg blijven). Met een code kan niemand anders uw profiel openen.</source>
        <translation>Koodh qarsoodi ah (waad ka tagi kartaa madhan). Koodh leh, qof kale ma furi karo koontadaada.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="209" />
        <source>Terug</source>
        <translation>Dib</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="210" />
        <source>Beginnen</source>
        <translation>Bilow</translation>
    </message>
</context>
<context>
    <name>OrderAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="182" />
        <source>▲ Omhoog</source>
        <translation>▲ Kor</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="183" />
        <source>▼ Omlaag</source>
        <translation>▼ Hoos</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="184" />
        <source>Alt + pijl omhoog</source>
        <translation>Alt + fallaarta kor</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="185" />
        <source>Alt + pijl omlaag</source>
        <translation>Alt + fallaarta hoos</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="187" />
        <source>Kies een zin en zet hem hoger of lager met Alt en de pijltjes.</source>
        <translation>Dooro jumlad oo kor ama hoos ugu dhaqaaji Alt iyo fallaaraha.</translation>
    </message>
</context>
<context>
    <name>OwnVoiceDialog</name>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="173" />
        <source>Luisterfragment</source>
        <translation>Qayb dhegeysi</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="173" />
        <source>Voorbeeldantwoord</source>
        <translation>Jawaab tusaale ah</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="176" />
        <source>(uw eigen geluid)</source>
        <translation>(codkaaga)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="235" />
        <source>Geluidsbestand kiezen</source>
        <translation>Dooro fayl cod ah</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="237" />
        <source>Geluid</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="269" />
        <source>Opgeslagen. Leerlingen horen nu uw geluid bij '{label}'.</source>
        <translation>Waa la kaydiyay. Ardaydu hadda codkaaga ayay ku maqlayaan '{label}'.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="284" />
        <source>Deze itembank heeft geen luisterfragmenten en geen spreekopdrachten.</source>
        <translation>Bangigan su'aalaha ma laha qaybo dhegeysi ama hawlo hadal.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="287" />
        <source>Nu: nog geen geluid.</source>
        <translation>Hadda: weli cod ma jiro.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="289" />
        <source>Nu: uw eigen geluid.</source>
        <translation>Hadda: codkaaga.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="291" />
        <source>Nu: {file}</source>
        <translation>Hadda: {file}</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="294" />
        <source>Opname loopt: {time}</source>
        <translation>Duubis: {time}</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="299" />
        <source>Neem uw stem op of kies een geluidsbestand.</source>
        <translation>Duub codkaaga ama dooro fayl cod ah.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="301" />
        <source>Nieuw: uw opname. Luister en zet hem in de itembank.</source>
        <translation>Cusub: duubkaaga. Dhegeyso, kadib ku dar bangiga su'aalaha.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="304" />
        <source>Nieuw: {file}. Luister en zet het in de itembank.</source>
        <translation>Cusub: {file}. Dhegeyso, kadib ku dar bangiga su'aalaha.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="308" />
        <source>■ Stop opname</source>
        <translation>■ Jooji duubista</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="308" />
        <source>● Opnemen</source>
        <translation>● Duub</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="322" />
        <source>Eigen stem</source>
        <translation>Codkayga</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="323" />
        <source>Eigen stem in '{title}'</source>
        <translation>Codkayga gudaha '{title}'</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="326" />
        <source>Kies een luisterfragment of een voorbeeldantwoord. Neem uw stem op of kies een geluidsbestand. Luister eerst. Zet het daarna in de itembank: leerlingen horen dan uw geluid, en het gaat mee als u de itembank exporteert.</source>
        <translation>Dooro qayb dhegeysi ama jawaab tusaale ah. Duub codkaaga ama dooro fayl cod ah. Marka hore dhegeyso. Kadib ku dar bangiga su'aalaha: ardaydu codkaaga ayay maqlayaan, codkuna wuu la socdaa marka aad dhoofiso bangiga su'aalaha.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="331" />
        <source>Wat leerlingen nu horen</source>
        <translation>Waxa ardaydu hadda maqlaan</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="332" />
        <source>Nieuw geluid</source>
        <translation>Cod cusub</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="333" />
        <source>▶ Nu afspelen</source>
        <translation>▶ Shid kan hadda</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="333" />
        <location filename="../gui/dialogs/own_voice.py" line="334" />
        <source>■ Stop</source>
        <translation>■ Jooji</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="334" />
        <source>▶ Nieuw geluid afspelen</source>
        <translation>▶ Shid codka cusub</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="335" />
        <source>Bestand kiezen…</source>
        <translation>Dooro fayl…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="336" />
        <source>In de itembank zetten</source>
        <translation>Ku dar bangiga su'aalaha</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="337" />
        <source>Sluiten</source>
        <translation>Xir</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="35" />
        <source>%n seconden</source>
        <translation><numerusform>%n ilbiriqsi</numerusform><numerusform>%n ilbiriqsi</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="38" />
        <source>%n minuten</source>
        <translation><numerusform>%n daqiiqo</numerusform><numerusform>%n daqiiqo</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="40" />
        <source>%n uur</source>
        <translation><numerusform>%n saac</numerusform><numerusform>%n saacadood</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="66" />
        <location filename="../gui/dialogs/pin.py" line="91" />
        <source>U heeft te vaak een verkeerde code getypt.</source>
        <translation>Koodh khaldan ayaad qortay marar badan.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="78" />
        <source>Even controleren…</source>
        <translation>Waa la hubinayaa…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="103" />
        <source>Probeer het opnieuw.</source>
        <translation>Mar kale isku day.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="111" />
        <source>Wacht {wait}.</source>
        <translation>Sug {wait}.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="123" />
        <source>Er ging iets mis. Probeer het opnieuw.</source>
        <translation>Wax baa khaldamay. Mar kale isku day.</translation>
    </message>
</context>
<context>
    <name>PracticeFeedback</name>
    <message>
        <location filename="../gui/screens/reading.py" line="222" />
        <source>Goed zo! Dat is het goede antwoord.</source>
        <translation>Si fiican! Taasi waa jawaabta saxda ah.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="224" />
        <source>Voor een deel goed: u krijgt {percent}% van de punten. Het beste antwoord is: {answer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="229" />
        <source>Bijna. Het goede antwoord is: {answer}</source>
        <translation>Ku dhowaad. Jawaabta saxda ah waa: {answer}</translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../gui/screens/profiles.py" line="93" />
        <source>Wie gaat er oefenen?</source>
        <translation>Yaa tababaranaya?</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="94" />
        <source>Nieuw profiel</source>
        <translation>Koonto cusub</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="95" />
        <source>Openen</source>
        <translation>Fur</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="96" />
        <source>Docent</source>
        <translation>Macallin</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="26" />
        <source>Lezen</source>
        <translation>Akhris</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="27" />
        <source>Luisteren</source>
        <translation>Dhegeysi</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="28" />
        <source>Spreken</source>
        <translation>Hadal</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="87" />
        <location filename="../gui/teacher/progress_tab.py" line="138" />
        <source>Alle leerlingen</source>
        <translation>Dhammaan ardayda</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="136" />
        <source>Groep:</source>
        <translation>Koox:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="139" />
        <source>De groep</source>
        <translation>Kooxda</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="140" />
        <source>Per leerling</source>
        <translation>Arday kasta</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="143" />
        <source>Onderdeel</source>
        <translation>Qayb</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="144" />
        <source>Met niveau</source>
        <translation>Heer leh</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="145" />
        <source>Gemiddeld niveau</source>
        <translation>Heerka celceliska</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="146" />
        <source>Gem. kans A2</source>
        <translation>Celceliska fursadda A2</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="147" />
        <location filename="../gui/teacher/progress_tab.py" line="159" />
        <source>Vragen</source>
        <translation>Su'aalo</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="148" />
        <source>Goed</source>
        <translation>Sax</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="149" />
        <source>Niveaus</source>
        <translation>Heerar</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="154" />
        <source>Naam</source>
        <translation>Magac</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="155" />
        <source>Groep</source>
        <translation>Koox</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="160" />
        <source>Minuten</source>
        <translation>Daqiiqado</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="161" />
        <source>Laatst actief</source>
        <translation>Firfircoonaantii ugu dambeysay</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="162" />
        <source>Te beoordelen</source>
        <translation>In la qiimeeyo</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="163" />
        <source>Proefexamens</source>
        <translation>Imtixaanno tijaabo ah</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="168" />
        <source>Per onderdeel: niveau nu · kans om het examen te halen (op het niveau van de leerling: A2 of B1). Een streepje: nog geen niveau.</source>
        <translation>Qayb kasta: heerka hadda · fursadda gudbidda imtixaanka (heerka ardayga: A2 ama B1). Xariiq: weli heer ma jiro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/teacher/progress_tab.py" line="172" />
        <source>'nog onbekend': minder dan %n vragen gemaakt.</source>
        <translation type="unfinished"><numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <location filename="../gui/screens/reading.py" line="398" />
        <source>Vraag {n} van {total} bij deze tekst</source>
        <translation>Su'aal {n} ka mid ah {total} ee qoraalkan</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="417" />
        <source>Kies eerst een antwoord.</source>
        <translation>Marka hore dooro jawaab.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="426" />
        <source>Uw antwoord is bewaard. Hier is de volgende vraag.</source>
        <translation>Jawaabtaada waa la kaydiyay. Waa tan su'aasha xigta.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="455" />
        <source>Korte test: lezen</source>
        <translation>Imtixaan gaaban: akhris</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="458" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>Tani ma aha imtixaan. Deggenaan oo dadaal. Dhowr su'aalood ka dib waxaan ogaanaynaa heerka kugu habboon.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="463" />
        <source>Lezen oefenen</source>
        <translation>Ku celceli akhriska</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="464" />
        <source>Lees de tekst. Kies dan het goede antwoord.</source>
        <translation>Akhri qoraalka. Kadib dooro jawaabta saxda ah.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="465" />
        <source>Stoppen</source>
        <translation>Jooji tababarka</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="466" />
        <source>Controleer</source>
        <translation>Hubi</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="467" />
        <source>Volgende vraag</source>
        <translation>Su'aasha xigta</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="468" />
        <source>Typ hier uw antwoord</source>
        <translation>Halkan ku qor jawaabtaada</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message numerus="yes">
        <location filename="../gui/teacher/review_tab.py" line="152" />
        <location filename="../gui/teacher/review_tab.py" line="290" />
        <source>Opnames om te beoordelen: %n</source>
        <translation><numerusform>Duubab la qiimeeyo: %n</numerusform>
            <numerusform>Duubab la qiimeeyo: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="195" />
        <source>Kies links een opname.</source>
        <translation>Dooro duub dhinaca bidix.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="204" />
        <source>{name}, {date} (duur: {seconds} sec.)</source>
        <translation>{name}, {date} (dhererka: {seconds} ilbiriqsi)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="216" />
        <source>Het geluidsbestand is niet gevonden: {path}</source>
        <translation>Faylka codka lama helin: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="223" />
        <source>De opdracht wordt geladen…</source>
        <translation>Hawsha waa la soo rarayaa…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="228" />
        <source>Opdracht: {question}</source>
        <translation>Hawl: {question}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="230" />
        <source>Voorbeeldantwoord: {answer}</source>
        <translation>Jawaab tusaale: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="244" />
        <location filename="../gui/teacher/review_tab.py" line="264" />
        <source>voldoende</source>
        <translation>gudbay</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="244" />
        <location filename="../gui/teacher/review_tab.py" line="264" />
        <source>onvoldoende</source>
        <translation>dhacay</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="246" />
        <source>Totaal: {points} van {max} punten: {verdict}</source>
        <translation>Wadarta: {points} ka mid ah {max} dhibcood: {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="266" />
        <source>Opgeslagen: {points} van {max} punten, {verdict}.</source>
        <translation>Waa la kaydiyay: {points} ka mid ah {max} dhibcood, {verdict}.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="282" />
        <source>Inhoud: doet de leerling wat de opdracht vraagt?</source>
        <translation>Nuxurka: ardaygu ma sameeyaa waxa hawshu weydiinayso?</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="283" />
        <source>Verstaanbaar: uitspraak en duidelijkheid</source>
        <translation>Fahmitaanka: ku dhawaaqidda iyo caddaanta</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="284" />
        <source>Woordenschat</source>
        <translation>Erayada</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="285" />
        <source>Grammatica</source>
        <translation>Naxwaha</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="286" />
        <source>Vloeiend spreken</source>
        <translation>Hadal socod leh</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="289" />
        <source>(0–2)</source>
        <translation>(0–2)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="291" />
        <source>Ook beoordeelde opnames tonen</source>
        <translation>Sidoo kale tus duubabka la qiimeeyay</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="292" />
        <source>Opdracht</source>
        <translation>Hawl</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="294" />
        <source>Beoordeling (voldoende: 6 van 10 punten en minstens 1 punt voor inhoud)</source>
        <translation>Qiimeyn (gudbid: 6 ka mid ah 10 dhibcood iyo ugu yaraan 1 dhibic nuxurka)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="296" />
        <source>Opmerking:</source>
        <translation>Faallo:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="297" />
        <source>▶ Opname afspelen</source>
        <translation>▶ Shid duubka</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="297" />
        <location filename="../gui/teacher/review_tab.py" line="298" />
        <source>■ Stop</source>
        <translation>■ Jooji</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="298" />
        <source>▶ Voorbeeld afspelen</source>
        <translation>▶ Shid tusaalaha</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="299" />
        <source>Beoordeling opslaan</source>
        <translation>Kaydi qiimeynta</translation>
    </message>
</context>
<context>
    <name>SchoolSetupDialog</name>
    <message>
        <location filename="../gui/dialogs/about.py" line="104" />
        <source>ingesteld door de school (site.toml)</source>
        <translation>dugsigu dejiyay (site.toml)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="106" />
        <source>ingesteld op deze computer</source>
        <translation>lagu dejiyay kombiyuutarkan</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="108" />
        <source>nog niet ingesteld</source>
        <translation>weli lama dejin</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="113" />
        <source>gevonden</source>
        <translation>la helay</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="113" />
        <source>niet gevonden</source>
        <translation>lama helin</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="119" />
        <location filename="../gui/dialogs/about.py" line="120" />
        <location filename="../gui/dialogs/about.py" line="122" />
        <source>(geen)</source>
        <translation>(midna)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="126" />
        <source>Over deze installatie</source>
        <translation>Ku saabsan rakibkan</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="129" />
        <source>Voor de ICT-beheerder: hier staan de instellingen van de school en de gegevens. Zie docs/school-setup.md.</source>
        <translation>Maamulaha IT: halkan waa dejinta dugsiga iyo xogta. Eeg docs/school-setup.md.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="134" />
        <source>Versie:</source>
        <translation>Nooca:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="135" />
        <source>Instellingen school:</source>
        <translation>Dejinta dugsiga:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="136" />
        <source>Dat bestand is:</source>
        <translation>Faylkaas waa:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="137" />
        <source>Eigen instellingen:</source>
        <translation>Dejintaada:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="138" />
        <source>Database:</source>
        <translation>Kaydka xogta:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="139" />
        <source>Map met gegevens:</source>
        <translation>Galka xogta:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="140" />
        <source>Map met eigen instellingen:</source>
        <translation>Galka dejintaada:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="141" />
        <source>Map met opnames:</source>
        <translation>Galka duubabka:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="142" />
        <source>Gedeelde itembanken:</source>
        <translation>Bangiyada su'aalaha ee la wadaago:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="143" />
        <source>Gedeelde opnames:</source>
        <translation>Duubabka la wadaago:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="144" />
        <source>Docent-PIN:</source>
        <translation>PIN-ka macallinka:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="145" />
        <source>Vastgezet door school:</source>
        <translation>Dugsigu xiray:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="151" />
        <source>Onderdelen en hun licenties:</source>
        <translation>Qaybaha iyo shatiyadooda:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="153" />
        <source>Qt en PySide6 vallen onder de LGPL-3.0. U mag de Qt-bibliotheken vervangen door een eigen versie. Ze staan in: {folder}. De teksten van de licenties staan in: {texts}.</source>
        <translation>Qt iyo PySide6 waxay hoos yimaadaan LGPL-3.0. Maktabadaha Qt waad ku beddeli kartaa nooc adiga kuu gaar ah. Waxay ku jiraan: {folder}. Qoraallada shatiyada waxay ku jiraan: {texts}.</translation>
    </message>
</context>
<context>
    <name>SoundCheckScreen</name>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="262" />
        <source>Geluid testen</source>
        <translation>Tijaabi codka</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="265" />
        <source>Test eerst uw koptelefoon en uw microfoon. Dat doet u ook bij het echte examen.</source>
        <translation>Marka hore tijaabi dhegaha-dhegeysiga iyo makarafoonka. Tan waxaad sidoo kale ku samaysaa imtixaanka dhabta ah.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="270" />
        <source>Terug</source>
        <translation>Dib</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="271" />
        <source>Opnieuw kijken</source>
        <translation>Mar kale hubi</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="274" />
        <source>Verder naar luisteren</source>
        <translation>U gudub dhegeysiga</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="275" />
        <source>Verder naar spreken</source>
        <translation>U gudub hadalka</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="276" />
        <source>Klaar</source>
        <translation>Dhammaad</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="281" />
        <source>1. Koptelefoon of luidspreker</source>
        <translation>1. Dhegaha-dhegeysi ama sameecad</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="284" />
        <location filename="../gui/screens/soundcheck.py" line="320" />
        <source>Gevonden: {name}</source>
        <translation>La helay: {name}</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="285" />
        <source>Klik op Luisteren. Hoort u het geluid goed?</source>
        <translation>Guji Dhegeyso. Codka si fiican ma u maqlaysaa?</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="287" />
        <location filename="../gui/screens/soundcheck.py" line="322" />
        <source>Niet gevonden.</source>
        <translation>Lama helin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="290" />
        <source>Ja, ik hoor het</source>
        <translation>Haa, waan maqlayaa</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="291" />
        <location filename="../gui/screens/soundcheck.py" line="352" />
        <source>Nee</source>
        <translation>Maya</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="294" />
        <source>We vinden geen luidspreker of koptelefoon. Zonder geluid kunt u niet luisteren.
Sluit een koptelefoon of luidsprekers aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>Ma helayno sameecad ama dhegaha-dhegeysi. Cod la'aan ma dhegeysan kartid.
Ku xir dhegaha-dhegeysi ama sameecado. Kadib guji 'Mar kale hubi'.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="300" />
        <source>Goed zo. Het geluid werkt.</source>
        <translation>Si fiican. Codku wuu shaqaynayaa.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="303" />
        <source>Zet het geluid van de computer harder. Kijk of de koptelefoon goed vastzit. Probeer het dan nog een keer.</source>
        <translation>Kor u qaad codka kombiyuutarka. Hubi in dhegaha-dhegeysigu si fiican ugu xiran yihiin. Kadib mar kale isku day.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="317" />
        <source>2. Microfoon</source>
        <translation>2. Makarafoon</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="327" />
        <source>Neem 3 seconden op</source>
        <translation>Duub 3 ilbiriqsi</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="329" />
        <source>Opnieuw opnemen</source>
        <translation>Mar kale duub</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="334" />
        <source>Spreek nu. Zeg bijvoorbeeld: 'Goedemorgen, ik heet …'.</source>
        <translation>Hadda hadal. Tusaale ahaan dheh: 'Goedemorgen, ik heet …' (Subax wanaagsan, magacaygu waa …).</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/soundcheck.py" line="336" />
        <source>Nog %n seconden.</source>
        <translation><numerusform>Waxaa haray %n ilbiriqsi.</numerusform>
            <numerusform>Waxaa haray %n ilbiriqsi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="340" />
        <source>Dit is uw opname. Klik op Luisteren om hem nog eens te horen.</source>
        <translation>Kani waa duubkaaga. Guji Dhegeyso si aad mar kale u maqasho.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="343" />
        <source>Klik op de knop. Zeg dan iets. U heeft 3 seconden.</source>
        <translation>Guji badhanka. Kadib wax dheh. Waxaad haysataa 3 ilbiriqsi.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="350" />
        <source>Hoort u uw eigen stem?</source>
        <translation>Codkaaga ma maqlaysaa?</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="351" />
        <source>Ja, ik hoor mijzelf</source>
        <translation>Haa, naftayda waan maqlayaa</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="355" />
        <source>We vinden geen microfoon. Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.
U kunt ook zonder microfoon spreken oefenen. U zegt dan uw antwoord hardop.</source>
        <translation>Ma helayno makarafoon. Ku xir makarafoon ama dhegaha-dhegeysi makarafoon leh. Kadib guji 'Mar kale hubi'.
Hadalka waad ku celcelin kartaa makarafoon la'aan. Markaas jawaabtaada kor ayaad u odhanaysaa.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="362" />
        <source>Goed zo. De microfoon werkt.</source>
        <translation>Si fiican. Makarafoonku wuu shaqaynayaa.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="365" />
        <source>Spreek wat harder, of houd de microfoon dichter bij uw mond. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>Wax yar kor u hadal, ama makarafoonka afkaaga u soo dhowee. Hubi in makarafoonku shidan yahay. Kadib mar kale isku day.</translation>
    </message>
</context>
<context>
    <name>SpeakingScreen</name>
    <message>
        <location filename="../gui/screens/speaking.py" line="308" />
        <source>Opdracht {n} van {total}</source>
        <translation>Hawl {n} ka mid ah {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="418" />
        <source>Geeft u antwoord op de vraag?</source>
        <translation>Ma ka jawaabtaa su'aasha?</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="419" />
        <source>Spreekt u in hele zinnen?</source>
        <translation>Ma ku hadashaa jumlado buuxa?</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="420" />
        <source>Spreekt u duidelijk?</source>
        <translation>Si cad ma u hadashaa?</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="444" />
        <location filename="../gui/screens/speaking.py" line="560" />
        <source>Uw antwoord is niet bewaard</source>
        <translation>Jawaabtaada lama kaydin</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="493" />
        <source>Kies eerst een antwoord.</source>
        <translation>Marka hore dooro jawaab.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="500" />
        <source>Goed zo! Dat zegt u in deze situatie.</source>
        <translation>Si fiican! Taasi waa waxa la yiraahdo xaaladdan.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="502" />
        <source>Bijna. Beter is: {answer}</source>
        <translation>Ku dhowaad. Waxaa fiican inaad tiraahdo: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="546" />
        <source>Spreken oefenen</source>
        <translation>Ku celceli hadalka</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="549" />
        <source>U oefent zonder microfoon. Zeg uw antwoord hardop. Vergelijk het daarna.</source>
        <translation>Waxaad ku tababaranaysaa makarafoon la'aan. Jawaabtaada kor u dheh. Kadib isbarbar dhig.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="553" />
        <source>Luister naar de opdracht. Denk even na. Spreek dan uw antwoord in.</source>
        <translation>Dhegeyso hawsha. Wax yar ka fikir. Kadib duub jawaabtaada.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="555" />
        <source>Stoppen</source>
        <translation>Jooji tababarka</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="557" />
        <source>De opdracht:</source>
        <translation>Hawsha:</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="558" />
        <source>Luister naar de situatie. Kies dan de goede reactie.</source>
        <translation>Dhegeyso xaaladda. Kadib dooro jawaab-celinta saxda ah.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="562" />
        <source>Luister naar uw antwoord</source>
        <translation>Dhegeyso jawaabtaada</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="564" />
        <source>Een goed antwoord</source>
        <translation>Jawaab fiican</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="565" />
        <source>Kijk zelf</source>
        <translation>Adigu hubi</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="567" />
        <source>Vergelijk uw antwoord met het goede antwoord. Zet een vinkje als het klopt.</source>
        <translation>Isbarbar dhig jawaabtaada iyo jawaabta fiican. Calaamadee sanduuqa haddii ay sax tahay.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="569" />
        <location filename="../gui/screens/speaking.py" line="572" />
        <source>Volgende opdracht</source>
        <translation>Hawsha xigta</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="570" />
        <source>Opnieuw opnemen</source>
        <translation>Mar kale duub</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="571" />
        <source>Controleer</source>
        <translation>Hubi</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="581" />
        <source>Even geduld. We luisteren naar uw opname…</source>
        <translation>Fadlan sug. Waxaan dhegeysanaynaa duubkaaga…</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="583" />
        <source>De microfoon doet het niet meer</source>
        <translation>Makarafoonku wuu joogsaday</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="585" />
        <source>Er is geen microfoon</source>
        <translation>Makarafoon ma jiro</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="588" />
        <source>We vinden geen microfoon. Daarom kunnen we uw antwoord niet opnemen.</source>
        <translation>Ma helayno makarafoon. Sidaas darteed ma duubi karno jawaabtaada.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="590" />
        <source>U kunt toch oefenen. U zegt uw antwoord hardop. Daarna hoort en leest u een goed antwoord. U kijkt zelf of uw antwoord goed was.</source>
        <translation>Weli waad tababaran kartaa. Jawaabtaada kor ayaad u odhanaysaa. Kadib waxaad maqlaysaa oo akhrinaysaa jawaab fiican. Adigu ayaa hubinaya in jawaabtaadu fiicnayd.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="594" />
        <source>Wilt u wel opnemen? Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>Ma rabtaa inaad duubto? Ku xir makarafoon ama dhegaha-dhegeysi makarafoon leh. Kadib guji 'Mar kale hubi'.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="599" />
        <source>We vinden ook geen luidspreker. U kunt de opdrachten wel lezen.</source>
        <translation>Sidoo kale ma helayno sameecad. Weli waad akhrin kartaa hawlaha.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="601" />
        <source>Oefenen zonder opname</source>
        <translation>Ku tababaro duub la'aan</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="602" />
        <source>Opnieuw kijken</source>
        <translation>Mar kale hubi</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="603" />
        <source>Terug naar het begin</source>
        <translation>Ku noqo bilowga</translation>
    </message>
</context>
<context>
    <name>StartupProblemScreen</name>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="89" />
        <location filename="../gui/screens/startup_problem.py" line="124" />
        <source>Even geduld. Het programma wordt klaargezet…</source>
        <translation>Fadlan sug. Barnaamijku wuu diyaarsanayaa…</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="95" />
        <source>Even geduld. De reservekopie wordt teruggezet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="106" />
        <location filename="../gui/screens/startup_problem.py" line="155" />
        <source>Opnieuw beginnen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="108" />
        <source>Wilt u opnieuw beginnen met een leeg programma? Het oude bestand wordt niet weggegooid: het blijft in de map met reservekopieën.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="115" />
        <source>Ja, opnieuw beginnen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="116" />
        <source>Nee</source>
        <translation>Maya</translation>
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="138" />
        <source>Het programma kan nu niet starten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="144" />
        <source>Er ging iets mis bij het starten. Probeer het opnieuw. Lukt het niet? Vraag dan hulp aan de docent of de ICT-beheerder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="149" />
        <source>Er is niets weggegooid. Uw oude bestand en de reservekopieën blijven bewaard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="151" />
        <source>Uw antwoorden van eerder zijn niet veranderd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="153" />
        <source>Opnieuw proberen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="154" />
        <source>Reservekopie terugzetten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/startup_problem.py" line="156" />
        <source>Afsluiten</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../gui/screens/results.py" line="59" />
        <source>de gemeente</source>
        <translation>dawladda hoose</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="60" />
        <source>werk</source>
        <translation>shaqo</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="61" />
        <source>gezondheid</source>
        <translation>caafimaad</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="62" />
        <source>wonen</source>
        <translation>guri</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="63" />
        <source>school</source>
        <translation>dugsi</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="64" />
        <source>winkelen</source>
        <translation>wax iibsi</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="65" />
        <source>reizen</source>
        <translation>safar</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="66" />
        <source>vrije tijd</source>
        <translation>waqti firaaqo</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="67" />
        <source>geld</source>
        <translation>lacag</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="68" />
        <source>familie</source>
        <translation>qoys</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="69" />
        <source>buren</source>
        <translation>deris</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="70" />
        <source>instanties</source>
        <translation>hay'adaha</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="71" />
        <source>nieuws</source>
        <translation>war</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="72" />
        <source>algemeen</source>
        <translation>guud</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="86" />
        <source>U heeft %n vragen gemaakt.</source>
        <translation type="unfinished"><numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="88" />
        <source>Voor een niveau zijn er minstens %n nodig.</source>
        <translation type="unfinished"><numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="93" />
        <source>Tot nu toe lijkt uw niveau {level}. Dat is nog niet zeker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="97" />
        <source>Tot nu toe lijkt uw niveau tussen {low} en {high}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="101" />
        <source>Maak de korte test nog een keer helemaal. Dan weten we het beter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="105" />
        <source>Naar het begin</source>
        <translation>Tag bilowga</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="107" />
        <source>De korte test opnieuw maken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="109" />
        <source>Nog een keer oefenen</source>
        <translation>Mar kale ku celceli</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="116" />
        <source>De test is klaar. Dank u wel!</source>
        <translation>Imtixaanku wuu dhammaaday. Mahadsanid!</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="118" />
        <source>Klaar! Goed gedaan.</source>
        <translation>Dhammaad! Si fiican.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="125" />
        <source>U heeft %n opdrachten ingesproken.</source>
        <translation><numerusform>Hawlaha aad jawaabahooda duubtay: %n.</numerusform>
            <numerusform>Hawlaha aad jawaabahooda duubtay: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="126" />
        <location filename="../gui/screens/results.py" line="140" />
        <source>U oefende %n minuten.</source>
        <translation><numerusform>Waqtiga tababarka (daqiiqado): %n.</numerusform>
            <numerusform>Waqtiga tababarka (daqiiqado): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="130" />
        <source>Bij {good} van de %n keuzevragen koos u de goede reactie.</source>
        <translation><numerusform>Su'aalaha doorashada: jawaab-celinta saxda ah {good} ka mid ah %n.</numerusform>
            <numerusform>Su'aalaha doorashada: jawaab-celinta saxda ah {good} ka mid ah %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="136" />
        <source>U heeft {good} van de %n vragen goed.</source>
        <translation><numerusform>Sax: {good} ka mid ah %n.</numerusform>
            <numerusform>Sax: {good} ka mid ah %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="149" />
        <source>Uw opnames zijn bewaard. Uw docent kan ze later beluisteren.</source>
        <translation>Duubabkaaga waa la kaydiyay. Macallinkaagu mar dambe wuu dhegeysan karaa.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="151" />
        <source>Er zijn geen opnames bewaard.</source>
        <translation>Wax duub ah lama kaydin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="155" />
        <source>Uw niveau is nu {level}. Eerst was het {before}.</source>
        <translation>Heerkaagu hadda waa {level}. Hore wuxuu ahaa {before}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="160" />
        <source>Uw niveau is nu {level}.</source>
        <translation>Heerkaagu hadda waa {level}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="163" />
        <source>%n opdrachten zijn niet opgenomen.</source>
        <translation><numerusform>Hawlaha aan la duubin: %n.</numerusform>
            <numerusform>Hawlaha aan la duubin: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="165" />
        <source>Test de microfoon bij 'Geluid testen'. Probeer het dan nog een keer.</source>
        <translation>Ku tijaabi makarafoonka 'Tijaabi codka'. Kadib mar kale isku day.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="170" />
        <source>Oefen nog wat meer met fragmenten over: {themes}.</source>
        <translation>Wax yar ku celceli codad ku saabsan: {themes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="172" />
        <source>Oefen nog wat meer met teksten over: {themes}.</source>
        <translation>Wax yar ku celceli qoraallo ku saabsan: {themes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="177" />
        <source>Alles ging goed. Probeer de volgende keer iets moeilijkers.</source>
        <translation>Wax walba si fiican ayay u socdeen. Marka xigta isku day wax ka adag.</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <location filename="../gui/dialogs/pin.py" line="192" />
        <source>Deze PIN klopt niet.</source>
        <translation>PIN-kan ma saxna.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="204" />
        <source>De twee PIN's zijn niet hetzelfde.</source>
        <translation>Labada PIN isku mid ma aha.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="214" />
        <source>Docent</source>
        <translation>Macallin</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="220" />
        <source>Er is nog geen docent-PIN op deze computer. Kies een PIN van minstens 4 tekens (beter: 6 of meer). Leerlingen mogen deze PIN niet weten.</source>
        <translation>Kombiyuutarkan weli PIN macallin ma leh. Dooro PIN ugu yaraan 4 xaraf ah (ka fiican: 6 ama ka badan). Ardaydu waa inaysan ogaan PIN-kan.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="226" />
        <source>Typ de docent-PIN. Daarna ziet u de resultaten van alle leerlingen.</source>
        <translation>Qor PIN-ka macallinka. Kadib waxaad arki doontaa natiijooyinka dhammaan ardayda.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="228" />
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="229" />
        <source>Nog een keer:</source>
        <translation>Mar kale:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="230" />
        <source>PIN opslaan</source>
        <translation>Kaydi PIN-ka</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="230" />
        <source>Openen</source>
        <translation>Fur</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="231" />
        <source>Annuleren</source>
        <translation>Jooji</translation>
    </message>
</context>
<context>
    <name>TeacherScreen</name>
    <message>
        <location filename="../gui/screens/teacher.py" line="93" />
        <source>Docent</source>
        <translation>Macallin</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="94" />
        <source>Over deze installatie</source>
        <translation>Ku saabsan rakibkan</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="95" />
        <source>Docent afsluiten</source>
        <translation>Xir qaabka macallinka</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="97" />
        <source>Leerlingen en groepen</source>
        <translation>Ardayda iyo kooxaha</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="98" />
        <source>Voortgang</source>
        <translation>Horumar</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="99" />
        <source>Itembanken</source>
        <translation>Bangiyada su'aalaha</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="100" />
        <source>Spreken beoordelen</source>
        <translation>Qiimee hadalka</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="101" />
        <source>Exporteren</source>
        <translation>Dhoofi</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <location filename="../audio/messages.py" line="75" />
        <source>We vinden geen luidspreker of koptelefoon. Sluit een koptelefoon of luidsprekers aan en probeer het opnieuw.</source>
        <translation>Ma helayno sameecad ama dhegaha-dhegeysi. Ku xir dhegaha-dhegeysi ama sameecado oo mar kale isku day.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="80" />
        <source>We vinden geen microfoon. Sluit een microfoon aan en probeer het opnieuw.</source>
        <translation>Ma helayno makarafoon. Ku xir makarafoon oo mar kale isku day.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="83" />
        <source>De microfoon doet het niet meer. Wat u al had gezegd, is bewaard.</source>
        <translation>Makarafoonku wuu joogsaday. Waxaad horay u tidhi waa la kaydiyay.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="86" />
        <source>De computer is vol. Uw opname is niet bewaard. Vraag hulp aan uw docent.</source>
        <translation>Kombiyuutarku wuu buuxaa. Duubkaaga lama kaydin. Macallinkaaga caawimaad weydii.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="89" />
        <source>Dit geluid kan niet worden afgespeeld. Het bestand is kapot of er nog niet.</source>
        <translation>Codkan lama shidi karo. Faylku wuu jaban yahay ama weli ma jiro.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="92" />
        <source>Het programma om geluid om te zetten ontbreekt (ffmpeg).</source>
        <translation>Barnaamijka codka beddela ayaa maqan (ffmpeg).</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="95" />
        <source>Er ging iets mis met het geluid. Probeer het opnieuw.</source>
        <translation>Wax baa codka ka khaldamay. Fadlan mar kale isku day.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="32" />
        <source>U sprak 1 seconde.</source>
        <translation>Waxaad hadashay 1 ilbiriqsi.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="33" />
        <source>U sprak {seconds} seconden.</source>
        <translation>Waqtiga aad hadashay (ilbiriqsi): {seconds}.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="34" />
        <source>Een goed antwoord duurt {low} tot {high} seconden.</source>
        <translation>Jawaab fiican waxay qaadataa {low} ilaa {high} ilbiriqsi.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="37" />
        <source>We hoorden geen stem. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>Cod ma maqlin. Hubi in makarafoonku shidan yahay. Kadib mar kale isku day.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="41" />
        <source>Uw stem was zacht. Spreek wat harder, of houd de microfoon dichter bij uw mond.</source>
        <translation>Codkaagu wuu hooseeyay. Wax yar kor u hadal, ama makarafoonka afkaaga u soo dhowee.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="44" />
        <source>Het geluid was te hard. Spreek wat zachter, of houd de microfoon verder weg.</source>
        <translation>Codku aad buu u dheeraa. Wax yar hoos u hadal, ama makarafoonka ka fogee.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="47" />
        <source>Vertel wat meer.</source>
        <translation>Wax yar oo dheeraad ah sheeg.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="48" />
        <source>Probeer het korter te zeggen.</source>
        <translation>Isku day inaad si gaaban u tiraahdo.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="49" />
        <source>Dat is een goede lengte. Goed gedaan!</source>
        <translation>Taasi waa dherer fiican. Si fiican!</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="50" />
        <source>U begon na {seconds} seconden met praten. Dat mag. Begin wel wat eerder.</source>
        <translation>Waxaad bilowday hadalka {seconds} ilbiriqsi ka dib. Taasi waa caadi. Laakiin isku day inaad wax yar hore u bilowdo.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="53" />
        <source>U was een keer {seconds} seconden stil. Even nadenken mag. Praat daarna door.</source>
        <translation>Mar waxaad aamustay {seconds} ilbiriqsi. Hakad gaaban oo fikir ah waa caadi. Kadib sii hadal.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="61" />
        <source>U begon na 1 seconde met praten. Dat mag. Begin wel wat eerder.</source>
        <translation>Waxaad bilowday hadalka 1 ilbiriqsi ka dib. Taasi waa caadi. Laakiin isku day inaad wax yar hore u bilowdo.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="64" />
        <source>U was een keer 1 seconde stil. Even nadenken mag. Praat daarna door.</source>
        <translation>Mar waxaad aamustay 1 ilbiriqsi. Hakad gaaban oo fikir ah waa caadi. Kadib sii hadal.</translation>
    </message>
</context>
<context>
    <name>exam</name>
    <message>
        <location filename="../gui/exam_texts.py" line="22" />
        <source>Lezen</source>
        <translation>Akhris</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="23" />
        <source>Luisteren</source>
        <translation>Dhegeysi</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="24" />
        <source>Spreken</source>
        <translation>Hadal</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="31" />
        <source>Oefenset met tijd: {skill} {level}</source>
        <translation>Koox waqti leh: {skill} {level}</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="34" />
        <source>Examen {skill} {level}</source>
        <translation>Imtixaan {skill} {level}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="49" />
        <source>Er zijn %n opdrachten.</source>
        <translation><numerusform>Tirada hawlaha: %n.</numerusform><numerusform>Tirada hawlaha: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="52" />
        <source>Bij %n opdrachten spreekt u een antwoord in.</source>
        <translation><numerusform>Hawlaha qaarkood jawaab ayaad duubaysaa (tirada: %n).</numerusform><numerusform>Hawlaha qaarkood jawaab ayaad duubaysaa (tirada: %n).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="54" />
        <source>Bij %n opdrachten kiest u de goede reactie.</source>
        <translation><numerusform>Hawlaha kale jawaab-celinta saxda ah ayaad dooranaysaa (tirada: %n).</numerusform><numerusform>Hawlaha kale jawaab-celinta saxda ah ayaad dooranaysaa (tirada: %n).</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="61" />
        <source>Bij elke opdracht spreekt u een antwoord in.</source>
        <translation>Hawl kasta jawaab ayaad duubaysaa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="65" />
        <source>Er zijn %n vragen.</source>
        <translation><numerusform>Tirada su'aalaha: %n.</numerusform><numerusform>Tirada su'aalaha: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="66" />
        <source>U heeft %n minuten.</source>
        <translation><numerusform>Waqtigaaga (daqiiqado): %n.</numerusform><numerusform>Waqtigaaga (daqiiqado): %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="69" />
        <source>Eerst maakt u %n oefenvragen. Die tellen niet mee. Daarna begint de tijd.</source>
        <translation><numerusform>Marka hore su'aalo tababar ayaad samaynaysaa (tirada: %n). Lama tiriyo. Kadib waqtigu wuu bilaabmayaa.</numerusform><numerusform>Marka hore su'aalo tababar ayaad samaynaysaa (tirada: %n). Lama tiriyo. Kadib waqtigu wuu bilaabmayaa.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="77" />
        <source>Boven in het scherm ziet u hoeveel tijd u nog heeft.</source>
        <translation>Shaashadda korkeeda waxaad ku aragtaa inta waqti kuu hartay.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="80" />
        <source>U ziet geen klok, net als bij het echte examen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="86" />
        <source>Onderaan staan de nummers van alle vragen. U mag zelf kiezen welke vraag u maakt. U kunt ook terug.</source>
        <translation>Hoos waxaad ku aragtaa lambarrada dhammaan su'aalaha. Adigu waad dooran kartaa su'aasha aad samaynayso. Dib waad u noqon kartaa.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="93" />
        <source>U gaat steeds naar de volgende opdracht. Terug kan niet.</source>
        <translation>Had iyo jeer waxaad u gudbaysaa hawsha xigta. Dib uma noqon kartid.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="96" />
        <source>U mag elk fragment %n keer horen. Nog een keer luisteren kost wel tijd.</source>
        <translation><numerusform>Cod kasta waad dhegeysan kartaa. Inta jeer ee la oggol yahay: %n. Mar kale dhegeysigu waqti ayuu qaataa.</numerusform><numerusform>Cod kasta waad dhegeysan kartaa. Inta jeer ee la oggol yahay: %n. Mar kale dhegeysigu waqti ayuu qaataa.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="105" />
        <source>U hoort de opdracht. U krijgt even tijd om na te denken. Na een piep spreekt u uw antwoord in.</source>
        <translation>Waxaad maqlaysaa hawsha. Waqti yar ayaad ku fikiraysaa. Dhawaqa ka dib jawaabtaada ayaad duubaysaa.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="112" />
        <source>Aan het einde luistert u zelf naar uw opnames. U kijkt zelf of ze goed zijn, of uw docent doet dat.</source>
        <translation>Dhammaadka adigu ayaa dhegeysanaya duubabkaaga. Adigu ayaa hubinaya inay fiican yihiin, ama macallinkaaga ayaa sameeya.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="120" />
        <source>Elke goede vraag is 1 punt. Een vraag zonder antwoord is fout. Kies dus altijd een antwoord.</source>
        <translation>Jawaab kasta oo sax ah waa 1 dhibic. Su'aal aan jawaab lahayn waa khalad. Sidaas darteed had iyo jeer jawaab dooro.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="128" />
        <source>Bij het Staatsexamen heeft u met {score} punten op de schaal een voldoende. Wij geven aan het einde een schatting van uw score.</source>
        <translation>Staatsexamen (imtixaanka dawladda) {score} dhibcood ee cabbirka waa gudbid. Dhammaadka waxaan ku siinaynaa qiyaasta dhibcahaaga.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="136" />
        <source>Websites voor de voorbereiding zeggen: ongeveer {n} van de %n goed is genoeg. Dat is geen officiële grens.</source>
        <translation><numerusform>Bogagga diyaarinta waxay leeyihiin: qiyaastii {n} sax ah oo ka mid ah %n ayaa ku filan. Taasi ma aha xad rasmi ah.</numerusform><numerusform>Bogagga diyaarinta waxay leeyihiin: qiyaastii {n} sax ah oo ka mid ah %n ayaa ku filan. Taasi ma aha xad rasmi ah.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="144" />
        <source>De uitslag ziet u pas aan het einde.</source>
        <translation>Natiijada waxaad arkaysaa dhammaadka oo keliya.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="153" />
        <source>U krijgt geen melding over de tijd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="156" />
        <source>{first} en {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="159" />
        <source>U krijgt een melding als u {moments} heeft.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="170" />
        <source>nog %n minuten</source>
        <translation><numerusform>waxaa haray %n daqiiqo</numerusform><numerusform>waxaa haray %n daqiiqo</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="61" />
        <source>U was bezig met een examen ({skill} {level}, {left}). Wilt u verder gaan?</source>
        <translation>Waxaad ku jirtay imtixaan ({skill} {level}, {left}). Ma rabtaa inaad sii wado?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="67" />
        <source>Verder met het examen?</source>
        <translation>Ma sii wadaysaa imtixaanka?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="70" />
        <source>Verder gaan</source>
        <translation>Sii wad</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="72" />
        <source>Stoppen</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="124" />
        <source>Examen al open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="125" />
        <source>Dit examen is al open in een ander venster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="127" />
        <source>Wilt u hier verder gaan? Het andere venster stopt dan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="131" />
        <source>Hier verder gaan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="133" />
        <source>Niet nu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="89" />
        <source>Vraag {n}: beantwoord</source>
        <translation>Su'aal {n}: waa laga jawaabay</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="91" />
        <source>Vraag {n}: nog open</source>
        <translation>Su'aal {n}: weli furan</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="284" />
        <source>De opdracht:</source>
        <translation>Hawsha:</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="291" />
        <source>U heeft deze opdracht al ingesproken.</source>
        <translation>Hawshan hore ayaad u duubtay.</translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <location filename="../gui/readiness_texts.py" line="24" />
        <source>nog onbekend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="31" />
        <source>minder dan 10 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="33" />
        <source>meer dan 90 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="34" />
        <source>{low} tot {high} %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="49" />
        <source>U bent waarschijnlijk klaar voor dit deel van het examen.</source>
        <translation>Waxay u badan tahay inaad diyaar u tahay qaybtan imtixaanka.</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="51" />
        <source>U bent goed op weg. Blijf oefenen.</source>
        <translation>Si fiican ayaad u socotaa. Sii tababar.</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="52" />
        <source>U heeft nog oefening nodig. Elke dag een beetje helpt.</source>
        <translation>Weli tababar ayaad u baahan tahay. Maalin kasta wax yar ayaa caawiya.</translation>
    </message>
    <message>
        <location filename="../gui/readiness_texts.py" line="60" />
        <source>Kans om te slagen: {chance}.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../gui/readiness_texts.py" line="69" />
        <source>Nog te weinig gegevens: maak nog %n vragen.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation>
    </message>
</context>
<context>
    <name>speaking_task</name>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="176" />
        <location filename="../gui/widgets/speaking_task.py" line="386" />
        <source>Klaar.</source>
        <translation>Dhammaad.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="298" />
        <source>Probeer het nog een keer, of ga verder zonder opname.</source>
        <translation>Mar kale isku day, ama sii wad duub la'aan.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="333" />
        <source>● Opname loopt</source>
        <translation>● Duubis</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="334" />
        <source>Zo hard hoort de microfoon u:</source>
        <translation>Makarafoonku sidan ayuu kuu maqlayaa:</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="336" />
        <source>Ik ben klaar. Begin nu.</source>
        <translation>Diyaar baan ahay. Hadda bilow.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="338" />
        <source>Begin nu</source>
        <translation>Hadda bilow</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="341" />
        <source>Klaar</source>
        <translation>Dhammaad</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="343" />
        <source>Stop</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="345" />
        <source>Verder zonder opname</source>
        <translation>Sii wad duub la'aan</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="351" />
        <source>Luister naar de opdracht.</source>
        <translation>Dhegeyso hawsha.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="352" />
        <source>Daarna krijgt u even tijd om na te denken.</source>
        <translation>Kadib waqti yar ayaad ku fikiraysaa.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="356" />
        <source>Denk na over uw antwoord.</source>
        <translation>Ka fikir jawaabtaada.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="357" />
        <source>Zeg uw antwoord hardop als de tijd om is. Er wordt niets opgenomen.</source>
        <translation>Marka waqtigu dhammaado jawaabtaada kor u dheh. Waxba lama duubayo.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="362" />
        <source>Na de piep begint de opname. Dan spreekt u.</source>
        <translation>Dhawaqa ka dib duubistu way bilaabmaysaa. Markaas hadal.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="367" />
        <source>Zeg uw antwoord hardop.</source>
        <translation>Jawaabtaada kor u dheh.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="368" />
        <source>Er is geen microfoon. Er wordt niets opgenomen.</source>
        <translation>Makarafoon ma jiro. Waxba lama duubayo.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="370" />
        <source>Klaar? Klik dan op 'Klaar'.</source>
        <translation>Ma dhammaysay? Markaas guji 'Dhammaad'.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="373" />
        <source>Spreek nu.</source>
        <translation>Hadda hadal.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="374" />
        <source>Als de tijd om is, gaat u vanzelf naar de volgende opdracht.</source>
        <translation>Marka waqtigu dhammaado, si toos ah ayaad ugu gudbaysaa hawsha xigta.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="378" />
        <source>De opname stopt vanzelf als de tijd om is. Klaar? Klik op 'Stop'.</source>
        <translation>Duubistu iskeed ayay u joogsanaysaa marka waqtigu dhammaado. Ma dhammaysay? Guji 'Jooji'.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="384" />
        <source>Even geduld. We bewaren uw opname…</source>
        <translation>Fadlan sug. Waxaan kaydinaynaa duubkaaga…</translation>
    </message>
</context>
</TS>