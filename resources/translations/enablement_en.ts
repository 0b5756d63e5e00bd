<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../enablement/ui/actions.py" line="115"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="116"/>
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="117"/>
        <source>&amp;Connect to team server…</source>
        <translation>&amp;Connect to team server…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="118"/>
        <source>Sign &amp;out of team library</source>
        <translation>Sign &amp;out of team library</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="119"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="120"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="121"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="122"/>
        <source>Copy &amp;text</source>
        <translation>Copy &amp;text</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="123"/>
        <source>Copy &amp;link</source>
        <translation>Copy &amp;link</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="124"/>
        <source>&amp;Open original</source>
        <translation>&amp;Open original</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="125"/>
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="126"/>
        <source>Send field &amp;intel…</source>
        <translation>Send field &amp;intel…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="127"/>
        <source>Find near-&amp;duplicate decks…</source>
        <translation>Find near-&amp;duplicate decks…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="128"/>
        <source>Add slide to &amp;pitch</source>
        <translation>Add slide to &amp;pitch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="129"/>
        <source>Pitch &amp;basket</source>
        <translation>Pitch &amp;basket</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="130"/>
        <source>&amp;Previous slide or page</source>
        <translation>&amp;Previous slide or page</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="131"/>
        <source>&amp;Next slide or page</source>
        <translation>&amp;Next slide or page</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="132"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="133"/>
        <source>&amp;Browse</source>
        <translation>&amp;Browse</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="134"/>
        <source>&amp;Voting</source>
        <translation>&amp;Voting</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="135"/>
        <source>&amp;Group results by item</source>
        <translation>&amp;Group results by item</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="136"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="137"/>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="138"/>
        <source>Show &amp;welcome</source>
        <translation>Show &amp;welcome</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="139"/>
        <source>&amp;About Enablement Hub</source>
        <translation>&amp;About Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="182"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="183"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="185"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>BallotCard</name>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="71"/>
        <source>Draft for review</source>
        <translation>Draft for review</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="73"/>
        <source>Upcoming product</source>
        <translation>Upcoming product</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="75"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="84"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/board.py" line="110"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="119"/>
        <source>You: {0}</source>
        <translation>You: {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="122"/>
        <source>Your vote is asked</source>
        <translation>Your vote is asked</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="130"/>
        <source>launch {0}</source>
        <translation>launch {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="136"/>
        <source>{0} of {1} voted</source>
        <translation>{0} of {1} voted</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="156"/>
        <source>{0} left</source>
        <translation>{0} left</translation>
    </message>
</context>
<context>
    <name>BallotEditorDialog</name>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="200"/>
        <source>Edit ballot</source>
        <translation>Edit ballot</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="200"/>
        <source>New ballot</source>
        <translation>New ballot</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="215"/>
        <source>e.g. Router X1 launch deck: ready for clients?</source>
        <translation>e.g. Router X1 launch deck: ready for clients?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="202"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="216"/>
        <source>Would you sell with this? What is missing?</source>
        <translation>Would you sell with this? What is missing?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="203"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="217"/>
        <source>A draft in the library</source>
        <translation>A draft in the library</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="218"/>
        <source>An upcoming product</source>
        <translation>An upcoming product</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="204"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="221"/>
        <source>Planned launch</source>
        <translation>Planned launch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="222"/>
        <source>Attach files…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="205"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="206"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="207"/>
        <source>Target segment</source>
        <translation>Target segment</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="208"/>
        <source>Planned price</source>
        <translation>Planned price</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="224"/>
        <source>Score 1–5</source>
        <translation>Score 1–5</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="225"/>
        <source>Custom options…</source>
        <translation>Custom options…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="226"/>
        <source>Option A | Option B | Option C</source>
        <translation>Option A | Option B | Option C</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="209"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="227"/>
        <source>Opens later, at</source>
        <translation>Opens later, at</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="228"/>
        <source>Closes at</source>
        <translation>Closes at</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="210"/>
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="229"/>
        <source>Hide totals until close (against herding)</source>
        <translation>Hide totals until close (against herding)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="230"/>
        <source>Negative votes must give a reason</source>
        <translation>Negative votes must give a reason</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="231"/>
        <source>Everyone; or teams: North, South</source>
        <translation>Everyone; or teams: North, South</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="211"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="233"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="233"/>
        <source>Open ballot</source>
        <translation>Open ballot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/dialogs.py" line="240"/>
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/dialogs.py" line="242"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/dialogs.py" line="244"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/dialogs.py" line="246"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="288"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="343"/>
        <source>Give the ballot a title.</source>
        <translation>Give the ballot a title.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="346"/>
        <source>Custom options need at least two choices, separated by |.</source>
        <translation>Custom options need at least two choices, separated by |.</translation>
    </message>
</context>
<context>
    <name>BallotPage</name>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="248"/>
        <source>← Board</source>
        <translation>← Board</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="249"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="250"/>
        <source>Close voting</source>
        <translation>Close voting</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="251"/>
        <source>Record decision…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="252"/>
        <source>Slides and sections · comments heat map</source>
        <translation>Slides and sections · comments heat map</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="253"/>
        <source>Comment on this slide: what would you change?</source>
        <translation>Comment on this slide: what would you change?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="254"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="255"/>
        <source>Your vote</source>
        <translation>Your vote</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="256"/>
        <source>Why? e.g. “clients will ask about …”</source>
        <translation>Why? e.g. “clients will ask about …”</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="257"/>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="473"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="258"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="297"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="298"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="299"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="300"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="330"/>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="331"/>
        <source>Asked by {0} · audience: {1}</source>
        <translation>Asked by {0} · audience: {1}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="333"/>
        <source>closes {0}</source>
        <translation>closes {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="335"/>
        <source>totals hidden until close</source>
        <translation>totals hidden until close</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="348"/>
        <source>Decision: {0}</source>
        <translation>Decision: {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="349"/>
        <source>{0}, {1}</source>
        <comment>decided by whom, when</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="360"/>
        <source>Target segment</source>
        <translation>Target segment</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="360"/>
        <source>Planned price</source>
        <translation>Planned price</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="362"/>
        <source>Planned launch</source>
        <translation>Planned launch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="376"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="381"/>
        <source>{0} · comments heat map</source>
        <translation>{0} · comments heat map</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="388"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/ballot_page.py" line="396"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="416"/>
        <source>Comments · {0}</source>
        <translation>Comments · {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="421"/>
        <source>No comments on this one yet.</source>
        <translation>No comments on this one yet.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="473"/>
        <source>Change vote</source>
        <translation>Change vote</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="475"/>
        <source>Voting has not opened yet.</source>
        <translation>Voting has not opened yet.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="477"/>
        <source>Voting is closed.</source>
        <translation>Voting is closed.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="486"/>
        <source>You voted “{0}” ({1}).</source>
        <translation>You voted “{0}” ({1}).</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="479"/>
        <source>This ballot is for {0}; your team is {1}.</source>
        <translation>This ballot is for {0}; your team is {1}.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="480"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="489"/>
        <source>You have not voted yet.</source>
        <translation>You have not voted yet.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="493"/>
        <source>You did not vote.</source>
        <translation>You did not vote.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="499"/>
        <source>{0} of {1} voted · turnout {2:.0%}</source>
        <translation>{0} of {1} voted · turnout {2:.0%}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="503"/>
        <source>Totals stay hidden until the ballot closes, so that nobody follows the crowd.</source>
        <translation>Totals stay hidden until the ballot closes, so that nobody follows the crowd.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="510"/>
        <source>Mean score: {0}</source>
        <translation>Mean score: {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="525"/>
        <source>By team</source>
        <translation>By team</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="564"/>
        <source>Open · {0} left</source>
        <translation>Open · {0} left</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="599"/>
        <source>Pick an option first.</source>
        <translation>Pick an option first.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="220"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="221"/>
        <source>Closed, awaiting decision</source>
        <translation>Closed, awaiting decision</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="222"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="229"/>
        <source>No open ballots. Marketing asks here before a release.</source>
        <translation>No open ballots. Marketing asks here before a release.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="230"/>
        <source>Nothing waiting for a decision.</source>
        <translation>Nothing waiting for a decision.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="231"/>
        <source>No decisions yet.</source>
        <translation>No decisions yet.</translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="192"/>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="193"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="257"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="260"/>
        <source>Battle cards by competitor</source>
        <translation>Battle cards by competitor</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="264"/>
        <source>Decks</source>
        <translation>Decks</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="265"/>
        <source>Catalogs and price lists</source>
        <translation>Catalogs and price lists</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="266"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="273"/>
        <source>Show more (%1 of %2 shown)</source>
        <translation>Show more (%1 of %2 shown)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="281"/>
        <source>Nothing matches these filters.</source>
        <translation>Nothing matches these filters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="319"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="334"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="384"/>
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="386"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="388"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="390"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="396"/>
        <source>needs review</source>
        <translation>needs review</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="437"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="438"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="439"/>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="443"/>
        <source>Recently updated</source>
        <translation>Recently updated</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="444"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>CaptureLoop</name>
    <message>
        <location filename="../../enablement/ui/loop/capture.py" line="140"/>
        <source>Sent to marketing — you&apos;ll see its fate in Inbox</source>
        <translation>Sent to marketing — you&apos;ll see its fate in Inbox</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="235"/>
        <source>Battle card</source>
        <translation>Battle card</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="235"/>
        <source>Edit battle card</source>
        <translation>Edit battle card</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="237"/>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="238"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="239"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="240"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="241"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="242"/>
        <source>Review by</source>
        <translation>Review by</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="243"/>
        <source>Headings in</source>
        <translation>Headings in</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="244"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="249"/>
        <source>Product codes, separated by commas</source>
        <translation>Product codes, separated by commas</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="250"/>
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="251"/>
        <source>Left empty: named after the competitor</source>
        <translation>Left empty: named after the competitor</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="252"/>
        <source>Unchecked: the card has no review date</source>
        <translation>Unchecked: the card has no review date</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="254"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="255"/>
        <source>Their strengths</source>
        <translation>Their strengths</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="256"/>
        <source>Their weaknesses</source>
        <translation>Their weaknesses</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="257"/>
        <source>How we win</source>
        <translation>How we win</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="258"/>
        <source>Landmines (questions to ask)</source>
        <translation>Landmines (questions to ask)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="259"/>
        <source>Pricing</source>
        <translation>Pricing</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="264"/>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="264"/>
        <source>One point per line</source>
        <translation>One point per line</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="266"/>
        <source>Objections and answers</source>
        <translation>Objections and answers</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="268"/>
        <source>As sellers will see it</source>
        <translation>As sellers will see it</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="269"/>
        <source>Fill in from template</source>
        <translation>Fill in from template</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="271"/>
        <source>Adds every section&apos;s heading and the competitor&apos;s products the library knows</source>
        <translation>Adds every section&apos;s heading and the competitor&apos;s products the library knows</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="273"/>
        <source>Pull from field intel…</source>
        <translation>Pull from field intel…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="274"/>
        <source>Save as a new card</source>
        <translation>Save as a new card</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="275"/>
        <source>Save new version</source>
        <translation>Save new version</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="275"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="276"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="290"/>
        <source>A draft and a card in review are in nobody&apos;s search; sellers find the card once it is published.</source>
        <translation>A draft and a card in review are in nobody&apos;s search; sellers find the card once it is published.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="294"/>
        <source>A new version keeps the card&apos;s status. Move it on the Review tab of the Inbox.</source>
        <translation>A new version keeps the card&apos;s status. Move it on the Review tab of the Inbox.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="373"/>
        <source>Choose the competitor first: the template lists its products.</source>
        <translation>Choose the competitor first: the template lists its products.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="442"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/card_editor.py" line="466"/>
        <source>No changes to save (version %n)</source>
        <translation>
            <numerusform>No changes to save (version %n)</numerusform>
            <numerusform>No changes to save (version %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/card_editor.py" line="468"/>
        <source>Saved as version %n, %1: sellers find it once it is published</source>
        <translation>
            <numerusform>Saved as version %n, %1: sellers find it once it is published</numerusform>
            <numerusform>Saved as version %n, %1: sellers find it once it is published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/card_editor.py" line="471"/>
        <source>Saved as version %n</source>
        <translation>
            <numerusform>Saved as version %n</numerusform>
            <numerusform>Saved as version %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsController</name>
    <message>
        <location filename="../../enablement/ui/workbench/cards_controller.py" line="58"/>
        <source>New &amp;battle card…</source>
        <translation>New &amp;battle card…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/cards_controller.py" line="59"/>
        <source>Edit battle &amp;card</source>
        <translation>Edit battle &amp;card</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/cards_controller.py" line="103"/>
        <source>Preview a battle card to edit it.</source>
        <translation>Preview a battle card to edit it.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/cards_controller.py" line="157"/>
        <source>Battle card “%1” saved (version %2)</source>
        <translation>Battle card “%1” saved (version %2)</translation>
    </message>
</context>
<context>
    <name>CorrectionBanner</name>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="75"/>
        <source>Showing results for %1 — search for %2 instead</source>
        <translation>Showing results for %1 — search for %2 instead</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="53"/>
        <source>Nothing yet: the library is empty.</source>
        <translation>Nothing yet: the library is empty.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="151"/>
        <source>FRESHNESS</source>
        <translation>FRESHNESS</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="160"/>
        <source>Nothing is published yet. Freshness is the share of published items past their review-by date.</source>
        <translation>Nothing is published yet. Freshness is the share of published items past their review-by date.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="168"/>
        <source>%1 of %2 published items are past their review-by date.</source>
        <translation>%1 of %2 published items are past their review-by date.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="176"/>
        <source>past review-by, end of each week</source>
        <translation>past review-by, end of each week</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="177"/>
        <source>No published items in these weeks.</source>
        <translation>No published items in these weeks.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="193"/>
        <source>COVERAGE BY COMPETITOR</source>
        <translation>COVERAGE BY COMPETITOR</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="198"/>
        <source>competitors with a published battle card</source>
        <translation>competitors with a published battle card</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="201"/>
        <source>No competitor is named in the library yet: items tagged with one show here.</source>
        <translation>No competitor is named in the library yet: items tagged with one show here.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="217"/>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="218"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="219"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="220"/>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="222"/>
        <source>No competitors yet.</source>
        <translation>No competitors yet.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="223"/>
        <source>✓ a published battle card · ✗ none</source>
        <translation>✓ a published battle card · ✗ none</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="224"/>
        <source>hidden: fewer than %1 people</source>
        <translation>hidden: fewer than %1 people</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="234"/>
        <source>competitors with a battle card, end of each week</source>
        <translation>competitors with a battle card, end of each week</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="235"/>
        <source>No competitor was named in these weeks.</source>
        <translation>No competitor was named in these weeks.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="243"/>
        <source>searches naming a competitor, per week</source>
        <translation>searches naming a competitor, per week</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="261"/>
        <source>RESPONSE TO SALES</source>
        <translation>RESPONSE TO SALES</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="268"/>
        <source>How fast marketing answers field intel and feedback shows once at least %1 people have sent reports in these weeks.</source>
        <translation>How fast marketing answers field intel and feedback shows once at least %1 people have sent reports in these weeks.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="277"/>
        <source>median time to an answer · %1 answered (%2 of %3 reports)</source>
        <translation>median time to an answer · %1 answered (%2 of %3 reports)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="289"/>
        <source>reports answered, per week</source>
        <translation>reports answered, per week</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="296"/>
        <source>median time to an answer, per week</source>
        <translation>median time to an answer, per week</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="317"/>
        <source>VOICE OF SALES</source>
        <translation>VOICE OF SALES</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="322"/>
        <source>%1 of %2 decisions went with the majority of votes.</source>
        <translation>%1 of %2 decisions went with the majority of votes.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="328"/>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="362"/>
        <source>No decision with a clear majority of votes in these weeks.</source>
        <translation>No decision with a clear majority of votes in these weeks.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="330"/>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="344"/>
        <source>No ballot closed in these weeks.</source>
        <translation>No ballot closed in these weeks.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="332"/>
        <source>Ballot turnout per team</source>
        <translation>Ballot turnout per team</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="333"/>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="511"/>
        <source>(no team)</source>
        <translation>(no team)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="351"/>
        <source>turnout of the sellers asked, per week</source>
        <translation>turnout of the sellers asked, per week</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="352"/>
        <source>Turnout per week shows for weeks whose ballots asked at least %1 sellers.</source>
        <translation>Turnout per week shows for weeks whose ballots asked at least %1 sellers.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="361"/>
        <source>decisions with the majority, per week</source>
        <translation>decisions with the majority, per week</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="368"/>
        <source>Decided against the majority</source>
        <translation>Decided against the majority</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="370"/>
        <source>None in these weeks.</source>
        <translation>None in these weeks.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="376"/>
        <source>most votes were for</source>
        <translation>most votes were for</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="378"/>
        <source>most votes were against</source>
        <translation>most votes were against</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="382"/>
        <source>no rationale given</source>
        <translation>no rationale given</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="402"/>
        <source>DEMAND</source>
        <translation>DEMAND</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="428"/>
        <source>No open gaps: a gap shows once %1 or more people searched for it in vain, at least %2% of everyone who searched it.</source>
        <translation>No open gaps: a gap shows once %1 or more people searched for it in vain, at least %2% of everyone who searched it.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="246"/>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="407"/>
        <source>Searches are counted once at least %1 people have searched.</source>
        <translation>Searches are counted once at least %1 people have searched.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="412"/>
        <source>searches in these weeks; %1 found nothing.</source>
        <translation>searches in these weeks; %1 found nothing.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="418"/>
        <source>Top searches</source>
        <translation>Top searches</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="422"/>
        <source>No searches yet.</source>
        <translation>No searches yet.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="424"/>
        <source>Top gaps: found nothing, or nothing opened</source>
        <translation>Top gaps: found nothing, or nothing opened</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="444"/>
        <source>searches per week</source>
        <translation>searches per week</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="471"/>
        <source>USAGE</source>
        <translation>USAGE</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="475"/>
        <source>Usage is private: it is counted only over groups of %1 or more people, so nobody&apos;s own activity shows.</source>
        <translation>Usage is private: it is counted only over groups of %1 or more people, so nobody&apos;s own activity shows.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="485"/>
        <source>The total is withheld so a smaller group can&apos;t be worked out; %1 people previewed, opened, copied or linked items.</source>
        <translation>The total is withheld so a smaller group can&apos;t be worked out; %1 people previewed, opened, copied or linked items.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="491"/>
        <source>previews, opens, copies and links by %1 people.</source>
        <translation>previews, opens, copies and links by %1 people.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="494"/>
        <source>%n published item(s) not used in these weeks.</source>
        <translation>
            <numerusform>%n published item not used in these weeks.</numerusform>
            <numerusform>%n published items not used in these weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="498"/>
        <source>%n published item(s) no search showed.</source>
        <translation>
            <numerusform>%n published item no search showed.</numerusform>
            <numerusform>%n published items no search showed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="506"/>
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="508"/>
        <source>Most used items</source>
        <translation>Most used items</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="510"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="514"/>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="527"/>
        <source>Never found by a search</source>
        <translation>Never found by a search</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="529"/>
        <source>Hidden: fewer than %1 people searched in these weeks.</source>
        <translation>Hidden: fewer than %1 people searched in these weeks.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="533"/>
        <source>Every published item was shown by a search in these weeks.</source>
        <translation>Every published item was shown by a search in these weeks.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="537"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="560"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_export.py" line="107"/>
        <source>Enablement numbers: %1</source>
        <translation>Enablement numbers: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_export.py" line="111"/>
        <source>%1 (%2 weeks) · counts under %3 people are hidden</source>
        <translation>%1 (%2 weeks) · counts under %3 people are hidden</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="43"/>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="51"/>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="54"/>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="62"/>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="56"/>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="68"/>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="74"/>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="94"/>
        <source>hidden for privacy</source>
        <translation>hidden for privacy</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="99"/>
        <source>Hidden for privacy: fewer than %1 people, or it would give such a group away.</source>
        <translation>Hidden for privacy: fewer than %1 people, or it would give such a group away.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="106"/>
        <source>hidden</source>
        <comment>a count withheld: fewer than 3 people</comment>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="112"/>
        <source>withheld so a smaller group can&apos;t be worked out</source>
        <translation>withheld so a smaller group can&apos;t be worked out</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="117"/>
        <source>%1+ people — withheld</source>
        <translation>%1+ people — withheld</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="122"/>
        <source>withheld</source>
        <comment>a total of 3 or more people, withheld</comment>
        <translation>withheld</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="127"/>
        <source>withheld: %1 or more people, but the total would let a smaller hidden group be worked out by subtraction</source>
        <translation>withheld: %1 or more people, but the total would let a smaller hidden group be worked out by subtraction</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="136"/>
        <source>%1 or more</source>
        <comment>people, their number withheld</comment>
        <translation>%1 or more</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="142"/>
        <source>The library is empty: import material and the numbers fill in as people use it.</source>
        <translation>The library is empty: import material and the numbers fill in as people use it.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="145"/>
        <source>Searches are hidden: fewer than %1 people searched in these weeks.</source>
        <translation>Searches are hidden: fewer than %1 people searched in these weeks.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="148"/>
        <source>Usage is hidden: fewer than %1 people previewed, opened, copied or linked items.</source>
        <translation>Usage is hidden: fewer than %1 people previewed, opened, copied or linked items.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="151"/>
        <source>Response times are hidden: fewer than %1 people sent reports in these weeks.</source>
        <translation>Response times are hidden: fewer than %1 people sent reports in these weeks.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="189"/>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="190"/>
        <source>The same figures for sales and marketing.</source>
        <translation>The same figures for sales and marketing.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="191"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="193"/>
        <source>last %n weeks</source>
        <translation>
            <numerusform>last %n week</numerusform>
            <numerusform>last %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="194"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="195"/>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="196"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="233"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="260"/>
        <source>%1 · updated %2 · counts over fewer than %3 people are hidden, never shown as zero</source>
        <translation>%1 · updated %2 · counts over fewer than %3 people are hidden, never shown as zero</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="289"/>
        <source>numbers</source>
        <translation>numbers</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="292"/>
        <source>Export the figures as CSV into a folder</source>
        <translation>Export the figures as CSV into a folder</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="298"/>
        <source>Save the report as PNG</source>
        <translation>Save the report as PNG</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="298"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="306"/>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="308"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="398"/>
        <source>Decision on “{0}”</source>
        <translation>Decision on “{0}”</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="402"/>
        <source>{0} vote(s) — {1}</source>
        <translation>{0} vote(s) — {1}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="405"/>
        <source>Go publishes the draft: it becomes searchable for everyone.</source>
        <translation>Go publishes the draft: it becomes searchable for everyone.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="406"/>
        <source>Why? Voters read this with the outcome.</source>
        <translation>Why? Voters read this with the outcome.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="407"/>
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="420"/>
        <source>Choose an outcome.</source>
        <translation>Choose an outcome.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="422"/>
        <source>Write the rationale: voters see why.</source>
        <translation>Write the rationale: voters see why.</translation>
    </message>
</context>
<context>
    <name>DeckCheckChip</name>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="124"/>
        <source>Checking deck…</source>
        <translation>Checking deck…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="126"/>
        <source>Deck check failed</source>
        <translation>Deck check failed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="128"/>
        <source>%n to fix</source>
        <translation>
            <numerusform>%n to fix</numerusform>
            <numerusform>%n to fix</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="132"/>
        <source>Deck sells</source>
        <translation>Deck sells</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="135"/>
        <source>Deck check: what to fix so the deck sells (show or hide the checklist)</source>
        <translation>Deck check: what to fix so the deck sells (show or hide the checklist)</translation>
    </message>
</context>
<context>
    <name>DeckCheckPanel</name>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="253"/>
        <source>Checking the deck…</source>
        <translation>Checking the deck…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="259"/>
        <source>No findings: nothing stops this deck from selling.</source>
        <translation>No findings: nothing stops this deck from selling.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="263"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="263"/>
        <source>on %n slide(s)</source>
        <translation>
            <numerusform>on %n slide</numerusform>
            <numerusform>on %n slides</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="270"/>
        <source>Whole deck</source>
        <translation>Whole deck</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="272"/>
        <source>Slide %1</source>
        <translation>Slide %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="297"/>
        <source>Loses deals</source>
        <translation>Loses deals</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="298"/>
        <source>Weakens the pitch</source>
        <translation>Weakens the pitch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="299"/>
        <source>Worth a look</source>
        <translation>Worth a look</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="310"/>
        <source>DECK CHECK</source>
        <translation>DECK CHECK</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="311"/>
        <source>Hide the deck check</source>
        <translation>Hide the deck check</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="303"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="340"/>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="345"/>
        <source>restored from %1</source>
        <translation>restored from %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="347"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="357"/>
        <source>Compare versions: %1</source>
        <translation>Compare versions: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="374"/>
        <source>No differences: the two versions say the same.</source>
        <translation>No differences: the two versions say the same.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="376"/>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="377"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="408"/>
        <source>Restore version %1 as the newest</source>
        <translation>Restore version %1 as the newest</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="435"/>
        <source>Restoring version %1…</source>
        <translation>Restoring version %1…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="455"/>
        <source>Version %1 was published again as version %2.</source>
        <translation>Version %1 was published again as version %2.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="476"/>
        <source>Slide</source>
        <translation>Slide</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="478"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="479"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="483"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="484"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="485"/>
        <source>Changed and moved</source>
        <translation>Changed and moved</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="485"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="486"/>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="487"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="493"/>
        <source>added: %1</source>
        <translation>added: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="494"/>
        <source>removed: %1</source>
        <translation>removed: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="495"/>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="496"/>
        <source>moved: %1</source>
        <translation>moved: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="497"/>
        <source>unchanged: %1</source>
        <translation>unchanged: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="502"/>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="503"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="504"/>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="505"/>
        <source>Hide unchanged</source>
        <translation>Hide unchanged</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="506"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="508"/>
        <source>Publish this version&apos;s file again as the newest version. Every version is kept.</source>
        <translation>Publish this version&apos;s file again as the newest version. Every version is kept.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="156"/>
        <source>Comparing the decks…</source>
        <translation>Comparing the decks…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="172"/>
        <source>%n deck(s) compared: no near copies at this similarity.</source>
        <translation>
            <numerusform>%n deck compared: no near copies at this similarity.</numerusform>
            <numerusform>%n decks compared: no near copies at this similarity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="175"/>
        <source>%n deck(s) compared</source>
        <translation>
            <numerusform>%n deck compared</numerusform>
            <numerusform>%n decks compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="177"/>
        <source>%n group(s) of near copies</source>
        <translation>
            <numerusform>%n group of near copies</numerusform>
            <numerusform>%n groups of near copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="191"/>
        <source>Group %1: %n deck(s)</source>
        <translation>
            <numerusform>Group %1: %n deck</numerusform>
            <numerusform>Group %1: %n decks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="192"/>
        <source>%1% alike</source>
        <translation>%1% alike</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="199"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="249"/>
        <source>Archiving…</source>
        <translation>Archiving…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="265"/>
        <source>Keep one deck</source>
        <translation>Keep one deck</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="267"/>
        <source>Keep “%1” as the current deck and archive %n near copy(ies)?</source>
        <translation>
            <numerusform>Keep “%1” as the current deck and archive %n near copy?</numerusform>
            <numerusform>Keep “%1” as the current deck and archive %n near copies?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="274"/>
        <source>Archived decks leave sellers&apos; search; their versions are kept.</source>
        <translation>Archived decks leave sellers&apos; search; their versions are kept.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="276"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="291"/>
        <source>Kept “%1”; archived %n deck(s).</source>
        <translation>
            <numerusform>Kept “%1”; archived %n deck.</numerusform>
            <numerusform>Kept “%1”; archived %n decks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="324"/>
        <source>Near-duplicate decks</source>
        <translation>Near-duplicate decks</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="327"/>
        <source>Decks whose slide text is nearly the same: copies that drifted apart. Pick the one sellers should use and archive the others, so search shows only the current one.</source>
        <translation>Decks whose slide text is nearly the same: copies that drifted apart. Pick the one sellers should use and archive the others, so search shows only the current one.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="331"/>
        <source>Similar at least:</source>
        <translation>Similar at least:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="334"/>
        <source>Deck</source>
        <translation>Deck</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="335"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="336"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="337"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="338"/>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="341"/>
        <source>Keep this one, archive the others</source>
        <translation>Keep this one, archive the others</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="342"/>
        <source>Archive the other decks of the selected deck&apos;s group</source>
        <translation>Archive the other decks of the selected deck&apos;s group</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="343"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="344"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../enablement/ui/facets.py" line="31"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="32"/>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="33"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="34"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="35"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="199"/>
        <source>Show fewer</source>
        <translation>Show fewer</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="201"/>
        <source>Show all %1</source>
        <translation>Show all %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="206"/>
        <source>Filters appear here once a search finds something.</source>
        <translation>Filters appear here once a search finds something.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="227"/>
        <source>FILTERS</source>
        <translation>FILTERS</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="228"/>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
</context>
<context>
    <name>FeedbackBox</name>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="371"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="371"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="384"/>
        <source>How did this slide serve you?</source>
        <translation>How did this slide serve you?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="385"/>
        <source>How did this page serve you?</source>
        <translation>How did this page serve you?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="386"/>
        <source>How did this row serve you?</source>
        <translation>How did this row serve you?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="387"/>
        <source>How did this section serve you?</source>
        <translation>How did this section serve you?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="399"/>
        <source>How it helped (optional)</source>
        <translation>How it helped (optional)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="400"/>
        <source>What has changed (optional)</source>
        <translation>What has changed (optional)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="401"/>
        <source>What is wrong?</source>
        <translation>What is wrong?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="402"/>
        <source>What is missing?</source>
        <translation>What is missing?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="405"/>
        <source>A comment is needed for this verdict</source>
        <translation>A comment is needed for this verdict</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="416"/>
        <source>No feedback on this one yet.</source>
        <translation>No feedback on this one yet.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="421"/>
        <source>Feedback here:</source>
        <translation>Feedback here:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="426"/>
        <source>Whole item: %1 pieces of feedback, %2 still open</source>
        <translation>Whole item: %1 pieces of feedback, %2 still open</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="435"/>
        <source>You said “%1” on %2 · %3</source>
        <translation>You said “%1” on %2 · %3</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="444"/>
        <source>and %1 earlier</source>
        <translation>and %1 earlier</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="459"/>
        <source>On an earlier version, %1 (it may have changed since)</source>
        <translation>On an earlier version, %1 (it may have changed since)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="462"/>
        <source>On version %1, %2 (since changed)</source>
        <translation>On version %1, %2 (since changed)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="463"/>
        <source>On version %1, %2 (since removed)</source>
        <translation>On version %1, %2 (since removed)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="464"/>
        <source>On version %1, %2 (it may have changed since)</source>
        <translation>On version %1, %2 (it may have changed since)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="471"/>
        <source>…and feedback on %1 more units of earlier versions</source>
        <translation>…and feedback on %1 more units of earlier versions</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="481"/>
        <source>Nobody, or fewer than %1 people, used it in version %3 in the last %2 weeks.</source>
        <translation>Nobody, or fewer than %1 people, used it in version %3 in the last %2 weeks.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="494"/>
        <source>in the last %1 weeks, this version (%2) only</source>
        <translation>in the last %1 weeks, this version (%2) only</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="486"/>
        <source>fewer than %1</source>
        <translation>fewer than %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="488"/>
        <source>Previewed by %1 people</source>
        <translation>Previewed by %1 people</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="489"/>
        <source>opened by %1</source>
        <translation>opened by %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="490"/>
        <source>copied by %1</source>
        <translation>copied by %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="491"/>
        <source>linked by %1</source>
        <translation>linked by %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="503"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="297"/>
        <source>Remove the demo library</source>
        <translation>Remove the demo library</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="298"/>
        <source>Remove the demo library?</source>
        <translation>Remove the demo library?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="302"/>
        <source>Its decks, battle cards and price lists go, and so does the history that came with it: searches, usage, field intel and feedback, ballots and votes, and the demo&apos;s people. Your own files and what you did yourself stay.</source>
        <translation>Its decks, battle cards and price lists go, and so does the history that came with it: searches, usage, field intel and feedback, ballots and votes, and the demo&apos;s people. Your own files and what you did yourself stay.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="307"/>
        <source>Remove the demo</source>
        <translation>Remove the demo</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="337"/>
        <source>The demo library was removed: %1 items and their history.</source>
        <translation>The demo library was removed: %1 items and their history.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="350"/>
        <source>Remove the &amp;demo library…</source>
        <translation>Remove the &amp;demo library…</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="90"/>
        <source>Choose the folder with your sales material</source>
        <translation>Choose the folder with your sales material</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="151"/>
        <source>Welcome to Enablement Hub</source>
        <translation>Welcome to Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="154"/>
        <source>Find the slide, the price row or the battle-card section you need in seconds. How would you like to start?</source>
        <translation>Find the slide, the price row or the battle-card section you need in seconds. How would you like to start?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="158"/>
        <source>Try the demo library</source>
        <translation>Try the demo library</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="161"/>
        <source>A fictional company with battle cards, decks, a catalog and a price list, in Russian and English, and ten weeks of a sales team&apos;s searches, votes and feedback. Remove it in one click when you are done.</source>
        <translation>A fictional company with battle cards, decks, a catalog and a price list, in Russian and English, and ten weeks of a sales team&apos;s searches, votes and feedback. Remove it in one click when you are done.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="166"/>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="167"/>
        <source>Open my folder</source>
        <translation>Open my folder</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="170"/>
        <source>Import the decks, battle cards, PDFs and price lists from a folder on this computer or a network share, and keep watching it: files you add, change or delete there later are picked up.</source>
        <translation>Import the decks, battle cards, PDFs and price lists from a folder on this computer or a network share, and keep watching it: files you add, change or delete there later are picked up.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="175"/>
        <source>Choose a folder…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="176"/>
        <source>Connect to my team&apos;s server</source>
        <translation>Connect to my team&apos;s server</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="179"/>
        <source>Your company runs a shared library: sign in with the server, database, user name and password your admin gave you.</source>
        <translation>Your company runs a shared library: sign in with the server, database, user name and password your admin gave you.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="183"/>
        <source>Connect…</source>
        <translation>Connect…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="185"/>
        <source>You can change your mind later: File → Import files… or File → Connect to team server…</source>
        <translation>You can change your mind later: File → Import files… or File → Connect to team server…</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="192"/>
        <source>Searched for</source>
        <translation>Searched for</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="193"/>
        <source>Left without an answer</source>
        <translation>Left without an answer</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="194"/>
        <source>Searches</source>
        <translation>Searches</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="195"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="196"/>
        <source>Grouped as</source>
        <translation>Grouped as</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="208"/>
        <source>%1 of %2 people</source>
        <translation>%1 of %2 people</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="214"/>
        <source>Searches grouped as “%1”</source>
        <translation>Searches grouped as “%1”</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="217"/>
        <source>%1 of the %2 people who searched this found nothing or opened none of the results</source>
        <translation>%1 of the %2 people who searched this found nothing or opened none of the results</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="110"/>
        <source>A note for the decision (a reason to dismiss)</source>
        <translation>A note for the decision (a reason to dismiss)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="111"/>
        <source>Plan a card</source>
        <translation>Plan a card</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="112"/>
        <source>Answered by this item</source>
        <translation>Answered by this item</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="113"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="117"/>
        <source>Draft battle card made: «%1» (#%2). Open it from the library to write it.</source>
        <translation>Draft battle card made: «%1» (#%2). Open it from the library to write it.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="119"/>
        <source>This gap already has its draft battle card: «%1» (#%2).</source>
        <translation>This gap already has its draft battle card: «%1» (#%2).</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="124"/>
        <source>Last %1 weeks. A query is listed when at least %2 people who searched it found nothing or opened none of the results, and they are at least %3% of everyone who searched it.</source>
        <translation>Last %1 weeks. A query is listed when at least %2 people who searched it found nothing or opened none of the results, and they are at least %3% of everyone who searched it.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="133"/>
        <source>No open gaps in the last %1 weeks.</source>
        <translation>No open gaps in the last %1 weeks.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="136"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="220"/>
        <source>Choose the item that answers this gap.</source>
        <translation>Choose the item that answers this gap.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="230"/>
        <source>Say why the gap is dismissed: type a reason in the note first.</source>
        <translation>Say why the gap is dismissed: type a reason in the note first.</translation>
    </message>
</context>
<context>
    <name>IdentityChip</name>
    <message>
        <location filename="../../enablement/ui/team_status.py" line="109"/>
        <source>Signed in to the team library %1 as %2.</source>
        <translation>Signed in to the team library %1 as %2.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/team_status.py" line="112"/>
        <source>Your own library on this computer; you act as %1.</source>
        <translation>Your own library on this computer; you act as %1.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="217"/>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="220"/>
        <source>Documents (*.pptx *.pptm *.ppsx *.pdf *.xlsx *.xlsm *.csv *.docx *.md *.txt);;All files (*)</source>
        <translation>Documents (*.pptx *.pptm *.ppsx *.pdf *.xlsx *.xlsm *.csv *.docx *.md *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="227"/>
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="258"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="279"/>
        <source>The import failed: %1</source>
        <translation>The import failed: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgressWidget</name>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="83"/>
        <source>Importing %1 of %2</source>
        <translation>Importing %1 of %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="87"/>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="106"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="111"/>
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="112"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="113"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="116"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="123"/>
        <source>%n slide(s), page(s), row(s) and section(s) are searchable now (%1 s).</source>
        <translation>
            <numerusform>%n slide, page, row or section is searchable now (%1 s).</numerusform>
            <numerusform>%n slides, pages, rows and sections are searchable now (%1 s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="125"/>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="130"/>
        <source>(refused by an earlier import; the file has not changed)</source>
        <translation>(refused by an earlier import; the file has not changed)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="138"/>
        <source>These files were not imported:</source>
        <translation>These files were not imported:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="141"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="141"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="21"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="22"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="23"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="24"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="25"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="32"/>
        <source>Intel</source>
        <translation>Intel</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="33"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="40"/>
        <source>Competitor price</source>
        <translation>Competitor price</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="41"/>
        <source>Competitor claim</source>
        <translation>Competitor claim</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="42"/>
        <source>Objection heard</source>
        <translation>Objection heard</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="43"/>
        <source>Deal won</source>
        <translation>Deal won</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="44"/>
        <source>Deal lost</source>
        <translation>Deal lost</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="45"/>
        <source>Request for material</source>
        <translation>Request for material</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="46"/>
        <source>Helped me win</source>
        <translation>Helped me win</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="47"/>
        <source>Outdated</source>
        <translation>Outdated</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="48"/>
        <source>Wrong</source>
        <translation>Wrong</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="49"/>
        <source>Missing something</source>
        <translation>Missing something</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="56"/>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="57"/>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="58"/>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="64"/>
        <source>under 1 M</source>
        <translation>under 1 M</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="65"/>
        <source>1–5 M</source>
        <translation>1–5 M</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="66"/>
        <source>5–20 M</source>
        <translation>5–20 M</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="67"/>
        <source>over 20 M</source>
        <translation>over 20 M</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="75"/>
        <source>slide %1</source>
        <translation>slide %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="76"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="77"/>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="78"/>
        <source>section %1</source>
        <translation>section %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="124"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="127"/>
        <source>moved from %1 to %2</source>
        <translation>moved from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="133"/>
        <source>cleared the owner</source>
        <translation>cleared the owner</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="134"/>
        <source>made %1 the owner</source>
        <translation>made %1 the owner</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="136"/>
        <source>answered: %1</source>
        <translation>answered: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="140"/>
        <source>linked it to %1 (replacing %2)</source>
        <translation>linked it to %1 (replacing %2)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="144"/>
        <source>linked it to %1</source>
        <translation>linked it to %1</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="155"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="156"/>
        <source>What sales sent, and what became of it.</source>
        <translation>What sales sent, and what became of it.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="159"/>
        <source>Nothing sent yet. Press Ctrl+Shift+I anywhere to send field intel, or give feedback on a slide from the preview.</source>
        <translation>Nothing sent yet. Press Ctrl+Shift+I anywhere to send field intel, or give feedback on a slide from the preview.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="162"/>
        <source>Nothing here matches.</source>
        <translation>Nothing here matches.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="166"/>
        <source>Nothing to triage yet. Field intel and feedback from sales appear here as soon as they are sent; the authors see every answer and change of state.</source>
        <translation>Nothing to triage yet. Field intel and feedback from sales appear here as soon as they are sent; the authors see every answer and change of state.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="169"/>
        <source>No entry matches the filters. Clear a filter to see more.</source>
        <translation>No entry matches the filters. Clear a filter to see more.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="173"/>
        <source>Triage is marketing&apos;s: accept, plan or decline what sales sends, answer it and link it to what it led to. In this personal library you can take the marketing role.</source>
        <translation>Triage is marketing&apos;s: accept, plan or decline what sales sends, answer it and link it to what it led to. In this personal library you can take the marketing role.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="177"/>
        <source>Take the marketing role</source>
        <translation>Take the marketing role</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="179"/>
        <source>Sent by me</source>
        <translation>Sent by me</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="180"/>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="181"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="182"/>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="183"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>IntelDialog</name>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="284"/>
        <source>Documents, spreadsheets, PDFs and pictures</source>
        <translation>Documents, spreadsheets, PDFs and pictures</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="285"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="287"/>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="302"/>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="330"/>
        <source>“%1” is not in the library yet. Did you mean %2? (A new name is fine, too.)</source>
        <translation>“%1” is not in the library yet. Did you mean %2? (A new name is fine, too.)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="401"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="401"/>
        <source>Send to marketing</source>
        <translation>Send to marketing</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="408"/>
        <source>Field intel</source>
        <translation>Field intel</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="410"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="411"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="412"/>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="413"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="414"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="419"/>
        <source>Deal won or lost</source>
        <translation>Deal won or lost</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="233"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="230"/>
        <source>no deal said</source>
        <translation>no deal said</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="232"/>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="234"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="422"/>
        <source>The deal this is about, if any: still open, won or lost</source>
        <translation>The deal this is about, if any: still open, won or lost</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="423"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="424"/>
        <source>not said</source>
        <translation>not said</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="427"/>
        <source>Pick or type a name</source>
        <translation>Pick or type a name</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="428"/>
        <source>Pick or type a product</source>
        <translation>Pick or type a product</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="430"/>
        <source>The price they quoted, the claim, the objection, why the deal went the way it did…</source>
        <translation>The price they quoted, the claim, the objection, why the deal went the way it did…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="432"/>
        <source>Attach a file…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="433"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="434"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IntelPicker</name>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="79"/>
        <source>Field intel</source>
        <translation>Field intel</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="81"/>
        <source>Their strengths</source>
        <translation>Their strengths</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="82"/>
        <source>Their weaknesses</source>
        <translation>Their weaknesses</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="83"/>
        <source>How we win</source>
        <translation>How we win</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="84"/>
        <source>Landmines (questions to ask)</source>
        <translation>Landmines (questions to ask)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="85"/>
        <source>Objections and answers</source>
        <translation>Objections and answers</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="86"/>
        <source>Pricing</source>
        <translation>Pricing</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="87"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="91"/>
        <source>Add to</source>
        <translation>Add to</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="92"/>
        <source>Add to the card</source>
        <translation>Add to the card</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="93"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="100"/>
        <source>Loading field intel…</source>
        <translation>Loading field intel…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="125"/>
        <source>Field intel from sales (%n report(s)); name the competitor to see only theirs.</source>
        <translation>
            <numerusform>Field intel from sales (%n report); name the competitor to see only theirs.</numerusform>
            <numerusform>Field intel from sales (%n reports); name the competitor to see only theirs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="132"/>
        <source>Field intel about %1 from sales: %n report(s)</source>
        <translation>
            <numerusform>Field intel about %1 from sales: %n report</numerusform>
            <numerusform>Field intel about %1 from sales: %n reports</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="137"/>
        <source>No field intel about %1 yet.</source>
        <translation>No field intel about %1 yet.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../enablement/ui/labels.py" line="19"/>
        <source>Deck</source>
        <translation>Deck</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="19"/>
        <source>Decks</source>
        <translation>Decks</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="20"/>
        <source>Battle card</source>
        <translation>Battle card</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="20"/>
        <source>Battle cards</source>
        <translation>Battle cards</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="21"/>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="21"/>
        <source>Catalogs</source>
        <translation>Catalogs</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="22"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="22"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="30"/>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="31"/>
        <source>Weak points</source>
        <translation>Weak points</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="32"/>
        <source>How we win</source>
        <translation>How we win</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="33"/>
        <source>Landmines</source>
        <translation>Landmines</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="34"/>
        <source>Objections and answers</source>
        <translation>Objections and answers</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="35"/>
        <source>Pricing</source>
        <translation>Pricing</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="36"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="37"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="44"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="45"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="46"/>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="47"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="54"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="55"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="56"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="57"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="64"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="70"/>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="71"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="72"/>
        <source>Diagram</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="73"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="82"/>
        <source>Slide %1 of %2</source>
        <translation>Slide %1 of %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="83"/>
        <source>Slide %1</source>
        <translation>Slide %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="86"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="87"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="89"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="93"/>
        <source>Section: %1</source>
        <translation>Section: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="94"/>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="95"/>
        <source>Whole item</source>
        <translation>Whole item</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="243"/>
        <source>The library could not be opened:</source>
        <translation>The library could not be opened:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="447"/>
        <source>Import finished: %1 new, %2 updated, %3 rejected</source>
        <translation>Import finished: %1 new, %2 updated, %3 rejected</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="539"/>
        <source>About Enablement Hub</source>
        <translation>About Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="540"/>
        <source>Enablement Hub %1 — search battle cards, decks and catalogs offline.</source>
        <translation>Enablement Hub %1 — search battle cards, decks and catalogs offline.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="597"/>
        <source>Enablement Hub</source>
        <translation>Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="599"/>
        <source>Preparing the library…</source>
        <translation>Preparing the library…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="601"/>
        <source>On the first run this builds the demo library; it takes a few seconds.</source>
        <translation>On the first run this builds the demo library; it takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="603"/>
        <source>Voting is not available in this build.</source>
        <translation>Voting is not available in this build.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../enablement/ingest/docx.py" line="286"/>
        <source>the document part has no body</source>
        <translation>the document part has no body</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/docx.py" line="298"/>
        <source>the document has no text (empty, or pictures only)</source>
        <translation>the document has no text (empty, or pictures only)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/markdown.py" line="82"/>
        <source>the file has front matter but no text</source>
        <translation>the file has front matter but no text</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/markdown.py" line="84"/>
        <source>the file has no text</source>
        <translation>the file has no text</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/ooxml.py" line="42"/>
        <source>zip entries use &apos;\&apos; as path separator (not a valid Office package)</source>
        <translation>zip entries use &apos;\&apos; as path separator (not a valid Office package)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/ooxml.py" line="48"/>
        <source>missing [Content_Types].xml (not a complete Office package)</source>
        <translation>missing [Content_Types].xml (not a complete Office package)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/ooxml.py" line="116"/>
        <source>the package has more than one core-properties part (OPC violation)</source>
        <translation>the package has more than one core-properties part (OPC violation)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/ooxml.py" line="130"/>
        <source>no main document part (the package has no presentation, document or workbook)</source>
        <translation>no main document part (the package has no presentation, document or workbook)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pdf.py" line="41"/>
        <source>the PDF cannot be opened ({error})</source>
        <translation>the PDF cannot be opened ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pdf.py" line="52"/>
        <location filename="../../enablement/ingest/readable.py" line="71"/>
        <source>the PDF has no pages</source>
        <translation>the PDF has no pages</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pdf.py" line="80"/>
        <source>the PDF&apos;s text layer is unreadable (fonts without a Unicode map); run OCR first</source>
        <translation>the PDF&apos;s text layer is unreadable (fonts without a Unicode map); run OCR first</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pdf.py" line="86"/>
        <source>no page of the PDF could be read</source>
        <translation>no page of the PDF could be read</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pdf.py" line="88"/>
        <source>the PDF has no text layer (scanned images?); run OCR first and import it again</source>
        <translation>the PDF has no text layer (scanned images?); run OCR first and import it again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pipeline.py" line="45"/>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pipeline.py" line="46"/>
        <source>no text could be found in it</source>
        <translation>no text could be found in it</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pipeline.py" line="137"/>
        <source>cannot be read: {error}</source>
        <translation>cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pptx.py" line="60"/>
        <source>the presentation has no slide master</source>
        <translation>the presentation has no slide master</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pptx.py" line="63"/>
        <source>the presentation has no slides</source>
        <translation>the presentation has no slides</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pptx.py" line="85"/>
        <source>none of the slides could be read</source>
        <translation>none of the slides could be read</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pptx.py" line="93"/>
        <source>no text on any slide (pictures only?)</source>
        <translation>no text on any slide (pictures only?)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="51"/>
        <source>Excel binary workbook (.xlsb) is not supported; save it as .xlsx and import again</source>
        <translation>Excel binary workbook (.xlsb) is not supported; save it as .xlsx and import again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="54"/>
        <source>XPS document (.xps) is not supported; print it to PDF and import again</source>
        <translation>XPS document (.xps) is not supported; print it to PDF and import again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="57"/>
        <source>XPS document (.oxps) is not supported; print it to PDF and import again</source>
        <translation>XPS document (.oxps) is not supported; print it to PDF and import again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="60"/>
        <source>Rich Text Format (.rtf) is not supported; save it as .docx and import again</source>
        <translation>Rich Text Format (.rtf) is not supported; save it as .docx and import again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="63"/>
        <source>Keynote presentation is not supported; export it as .pptx and import again</source>
        <translation>Keynote presentation is not supported; export it as .pptx and import again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="66"/>
        <source>Pages document is not supported; export it as .docx and import again</source>
        <translation>Pages document is not supported; export it as .docx and import again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="69"/>
        <source>Numbers spreadsheet is not supported; export it as .xlsx and import again</source>
        <translation>Numbers spreadsheet is not supported; export it as .xlsx and import again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="75"/>
        <source>OpenDocument presentation ({suffix}) is not supported; save it as .pptx and import again</source>
        <translation>OpenDocument presentation ({suffix}) is not supported; save it as .pptx and import again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="78"/>
        <source>OpenDocument spreadsheet ({suffix}) is not supported; save it as .xlsx and import again</source>
        <translation>OpenDocument spreadsheet ({suffix}) is not supported; save it as .xlsx and import again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="81"/>
        <source>OpenDocument text ({suffix}) is not supported; save it as .docx and import again</source>
        <translation>OpenDocument text ({suffix}) is not supported; save it as .docx and import again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="85"/>
        <source>OpenDocument {kind} ({suffix}) is not supported; save it as .docx and import again</source>
        <translation>OpenDocument {kind} ({suffix}) is not supported; save it as .docx and import again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="98"/>
        <source>legacy {name} format; save it as {modern} and import again</source>
        <translation>legacy {name} format; save it as {modern} and import again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="106"/>
        <source>(no extension)</source>
        <translation>(no extension)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="108"/>
        <source>unsupported file type &apos;{suffix}&apos;; supported: {listed}</source>
        <translation>unsupported file type &apos;{suffix}&apos;; supported: {listed}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="116"/>
        <source>unsupported file type: {detail}</source>
        <translation>unsupported file type: {detail}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="127"/>
        <source>the file&apos;s structure is nested too deeply to read</source>
        <translation>the file&apos;s structure is nested too deeply to read</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="131"/>
        <location filename="../../enablement/ingest/safety.py" line="143"/>
        <source>cannot read the file: {error}</source>
        <translation>cannot read the file: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="155"/>
        <source>binary data (a zip or PDF file) with a &apos;{suffix}&apos; name</source>
        <translation>binary data (a zip or PDF file) with a &apos;{suffix}&apos; name</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="165"/>
        <source>not a PDF file (no %PDF header)</source>
        <translation>not a PDF file (no %PDF header)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="170"/>
        <source>not a readable OpenDocument package (no zip header) in a &apos;{suffix}&apos; file</source>
        <translation>not a readable OpenDocument package (no zip header) in a &apos;{suffix}&apos; file</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="176"/>
        <source>not a readable Office package (no zip header) in a &apos;{suffix}&apos; file</source>
        <translation>not a readable Office package (no zip header) in a &apos;{suffix}&apos; file</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="192"/>
        <source>an Office 97-2003 file with a &apos;{suffix}&apos; name</source>
        <translation>an Office 97-2003 file with a &apos;{suffix}&apos; name</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="196"/>
        <source>legacy {name} format with a &apos;{suffix}&apos; name (it is a 97-2003 file); save it as {modern} and import again</source>
        <translation>legacy {name} format with a &apos;{suffix}&apos; name (it is a 97-2003 file); save it as {modern} and import again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="40"/>
        <source>a presentation</source>
        <translation>a presentation</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="41"/>
        <location filename="../../enablement/insights/attachments.py" line="79"/>
        <source>a Word document</source>
        <translation>a Word document</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="42"/>
        <source>a workbook</source>
        <translation>a workbook</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="45"/>
        <source>the file cannot be opened</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="46"/>
        <source>damaged, or not a PDF at all</source>
        <translation>damaged, or not a PDF at all</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="47"/>
        <source>an unsupported security scheme</source>
        <translation>an unsupported security scheme</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="48"/>
        <source>its pages cannot be read</source>
        <translation>its pages cannot be read</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="50"/>
        <source>pdfium cannot open it</source>
        <translation>pdfium cannot open it</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="75"/>
        <source>its first page cannot be read</source>
        <translation>its first page cannot be read</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="91"/>
        <location filename="../../enablement/ingest/registry.py" line="208"/>
        <source>an Office 97-2003 (OLE2) file with a &apos;{suffix}&apos; name</source>
        <translation>an Office 97-2003 (OLE2) file with a &apos;{suffix}&apos; name</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="106"/>
        <source>the package holds {found}, not {expected}</source>
        <translation>the package holds {found}, not {expected}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="224"/>
        <source>a &apos;{suffix}&apos; file without an OpenDocument mimetype</source>
        <translation>a &apos;{suffix}&apos; file without an OpenDocument mimetype</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="102"/>
        <location filename="../../enablement/ingest/registry.py" line="242"/>
        <source>unknown main document type &apos;{kind}&apos;</source>
        <translation>unknown main document type &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="247"/>
        <source>damaged zip package ({error})</source>
        <translation>damaged zip package ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="74"/>
        <location filename="../../enablement/insights/attachments.py" line="230"/>
        <source>corrupt or truncated: {detail}</source>
        <translation>corrupt or truncated: {detail}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="80"/>
        <source>hostile file refused: {detail}</source>
        <translation>hostile file refused: {detail}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="86"/>
        <source>password-protected; remove the password and import it again</source>
        <translation>password-protected; remove the password and import it again</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="92"/>
        <source>no text to import: {detail}</source>
        <translation>no text to import: {detail}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="139"/>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="146"/>
        <source>empty file (0 bytes)</source>
        <translation>empty file (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="149"/>
        <source>file too large: {size} MB (limit {limit} MB); split it</source>
        <translation>file too large: {size} MB (limit {limit} MB); split it</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="176"/>
        <location filename="../../enablement/ingest/safety.py" line="180"/>
        <source>not a readable zip package ({error})</source>
        <translation>not a readable zip package ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="191"/>
        <source>zip package with {count} members</source>
        <translation>zip package with {count} members</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="198"/>
        <source>duplicate zip entry &apos;{name}&apos;</source>
        <translation>duplicate zip entry &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="206"/>
        <source>zip member &apos;{name}&apos; expands to {size} MB</source>
        <translation>zip member &apos;{name}&apos; expands to {size} MB</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="213"/>
        <source>zip bomb: member &apos;{name}&apos; has compression ratio above {ratio}:1</source>
        <translation>zip bomb: member &apos;{name}&apos; has compression ratio above {ratio}:1</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="221"/>
        <source>zip bomb: expands to {size} MB</source>
        <translation>zip bomb: expands to {size} MB</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="283"/>
        <source>missing part &apos;{part}&apos;</source>
        <translation>missing part &apos;{part}&apos;</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="275"/>
        <source>damaged part &apos;{part}&apos; ({error})</source>
        <translation>damaged part &apos;{part}&apos; ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="258"/>
        <source>part &apos;{part}&apos; is larger than {size} MB</source>
        <translation>part &apos;{part}&apos; is larger than {size} MB</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="299"/>
        <source>overlapping zip entries &apos;{first}&apos; and &apos;{second}&apos;</source>
        <translation>overlapping zip entries &apos;{first}&apos; and &apos;{second}&apos;</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="314"/>
        <source>zip entry &apos;{name}&apos; also claims to be &apos;{other}&apos;</source>
        <translation>zip entry &apos;{name}&apos; also claims to be &apos;{other}&apos;</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="338"/>
        <location filename="../../enablement/ingest/safety.py" line="361"/>
        <source>XML with DOCTYPE/entity declarations in &apos;{part}&apos;</source>
        <translation>XML with DOCTYPE/entity declarations in &apos;{part}&apos;</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="350"/>
        <source>XML in &apos;{part}&apos; is nested too deeply (over 256 levels)</source>
        <translation>XML in &apos;{part}&apos; is nested too deeply (over 256 levels)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="354"/>
        <source>malformed XML in &apos;{part}&apos; ({error})</source>
        <translation>malformed XML in &apos;{part}&apos; ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="357"/>
        <source>empty XML part &apos;{part}&apos;</source>
        <translation>empty XML part &apos;{part}&apos;</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="490"/>
        <source>text with a {encoding} byte-order mark that does not decode</source>
        <translation>text with a {encoding} byte-order mark that does not decode</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="506"/>
        <source>binary data, not text</source>
        <translation>binary data, not text</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/sheets.py" line="106"/>
        <source>the workbook cannot be read ({error})</source>
        <translation>the workbook cannot be read ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/sheets.py" line="114"/>
        <source>the workbook has no data rows</source>
        <translation>the workbook has no data rows</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/sheets.py" line="146"/>
        <source>malformed CSV ({error})</source>
        <translation>malformed CSV ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/sheets.py" line="148"/>
        <source>the CSV file has no data rows</source>
        <translation>the CSV file has no data rows</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/workers.py" line="78"/>
        <source>too large to extract within the memory limit (possible decompression bomb)</source>
        <translation>too large to extract within the memory limit (possible decompression bomb)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/workers.py" line="88"/>
        <source>structure nested too deeply to read (corrupt or hostile file)</source>
        <translation>structure nested too deeply to read (corrupt or hostile file)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/workers.py" line="97"/>
        <source>could not be read: {error}</source>
        <translation>could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/workers.py" line="103"/>
        <source>extracted content could not be passed on: {error}</source>
        <translation>extracted content could not be passed on: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/workers.py" line="209"/>
        <source>took longer than {seconds} s to read and was stopped (the file may be damaged or built to hang readers)</source>
        <translation>took longer than {seconds} s to read and was stopped (the file may be damaged or built to hang readers)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/workers.py" line="255"/>
        <source>the reader crashed on this file (exit code {code}); it is probably corrupt</source>
        <translation>the reader crashed on this file (exit code {code}); it is probably corrupt</translation>
    </message>
    <message>
        <location filename="../../enablement/preview/service.py" line="93"/>
        <source>The original file of “{title}” is not on this computer yet, and it cannot be fetched while the team server is out of reach.</source>
        <translation>The original file of “{title}” is not on this computer yet, and it cannot be fetched while the team server is out of reach.</translation>
    </message>
    <message>
        <location filename="../../enablement/preview/service.py" line="102"/>
        <source>The original file of “{title}” is missing from the library.</source>
        <translation>The original file of “{title}” is missing from the library.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="81"/>
        <source>Cannot use the database URL {url!r} ({error}). Give sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Cannot use the database URL {url!r} ({error}). Give sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="130"/>
        <source>This library&apos;s database has schema revision {revision}, written by a newer version of Enablement Hub. Update the app to open it; nothing was changed.</source>
        <translation>This library&apos;s database has schema revision {revision}, written by a newer version of Enablement Hub. Update the app to open it; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="159"/>
        <source>No password was given for {user!r} at {url}. Sign in once with `enablement team login` (the password is kept in the system keyring), or set ENABLEMENT_PASSWORD.</source>
        <translation>No password was given for {user!r} at {url}. Sign in once with `enablement team login` (the password is kept in the system keyring), or set ENABLEMENT_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="254"/>
        <source>{source} changed while it was being imported; import it again</source>
        <translation>{source} changed while it was being imported; import it again</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="291"/>
        <source>The team server is not reachable ({error}); the file was not shared.</source>
        <translation>The team server is not reachable ({error}); the file was not shared.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="365"/>
        <source>Cannot create the library folder {folder}: {error}</source>
        <translation>Cannot create the library folder {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="179"/>
        <source>Cannot open the database at {url}: {error}</source>
        <translation>Cannot open the database at {url}: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="448"/>
        <source>The database at {url} is not reachable: {error}. Nothing was changed; try again when it is back.</source>
        <translation>The database at {url} is not reachable: {error}. Nothing was changed; try again when it is back.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="470"/>
        <source>The database at {url} is not reachable: {error}</source>
        <translation>The database at {url} is not reachable: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/store/repository.py" line="331"/>
        <source>There is no item {item} in this library (see `enablement list`).</source>
        <translation>There is no item {item} in this library (see `enablement list`).</translation>
    </message>
    <message>
        <location filename="../../enablement/store/repository.py" line="387"/>
        <source>Item {item} has no slide, page, row or section {number}.</source>
        <translation>Item {item} has no slide, page, row or section {number}.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/repository.py" line="408"/>
        <source>There is no item {item} in this library.</source>
        <translation>There is no item {item} in this library.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/messages.py" line="40"/>
        <source>Something went wrong: {0}</source>
        <translation>Something went wrong: {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/_rows.py" line="146"/>
        <source>{text!r} is not an option of ballot {ballot}: choose one of {choices}.</source>
        <translation>{text!r} is not an option of ballot {ballot}: choose one of {choices}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/_spec.py" line="33"/>
        <source>A ballot needs a title.</source>
        <translation>A ballot needs a title.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/_spec.py" line="40"/>
        <source>Item {item} ({title!r}) is not a draft; only drafts are put to a vote.</source>
        <translation>Item {item} ({title!r}) is not a draft; only drafts are put to a vote.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/_spec.py" line="56"/>
        <source>A ballot needs at least two different options.</source>
        <translation>A ballot needs at least two different options.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/_spec.py" line="65"/>
        <source>Negative option(s) {unknown} are not among the options {options}.</source>
        <translation>Negative option(s) {unknown} are not among the options {options}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/_spec.py" line="76"/>
        <source>The closing time {time} is not in the future.</source>
        <translation>The closing time {time} is not in the future.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="20"/>
        <source>Will sell it</source>
        <translation>Will sell it</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="21"/>
        <source>Needs changes</source>
        <translation>Needs changes</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="22"/>
        <source>Won&apos;t sell it</source>
        <translation>Won&apos;t sell it</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="358"/>
        <location filename="../../enablement/voting/models.py" line="45"/>
        <source>Unknown role {text!r}: use sales, marketing or admin.</source>
        <translation>Unknown role {text!r}: use sales, marketing or admin.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="83"/>
        <source>Unknown outcome {text!r}: use one of {choices}.</source>
        <translation>Unknown outcome {text!r}: use one of {choices}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="99"/>
        <source>sales</source>
        <translation>sales</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="100"/>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="101"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="104"/>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="105"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="106"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="107"/>
        <source>decided</source>
        <translation>decided</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="110"/>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="111"/>
        <source>Go with changes</source>
        <translation>Go with changes</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="112"/>
        <source>No go</source>
        <translation>No go</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="113"/>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="39"/>
        <source>kind of intel</source>
        <translation>kind of intel</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="40"/>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="41"/>
        <source>deal outcome</source>
        <translation>deal outcome</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="42"/>
        <source>deal size band</source>
        <translation>deal size band</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="43"/>
        <source>report state</source>
        <translation>report state</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="44"/>
        <source>report type</source>
        <translation>report type</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="45"/>
        <source>link target</source>
        <translation>link target</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="46"/>
        <source>unit kind</source>
        <translation>unit kind</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="64"/>
        <source>Unknown {what} {value!r}: choose one of {choices}.</source>
        <translation>Unknown {what} {value!r}: choose one of {choices}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="84"/>
        <source>The text is too long: {count} characters (limit {limit}). Shorten it or attach a file.</source>
        <translation>The text is too long: {count} characters (limit {limit}). Shorten it or attach a file.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="104"/>
        <source>Say what you met: the intel needs a text.</source>
        <translation>Say what you met: the intel needs a text.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="110"/>
        <source>A {kind} report cannot have the outcome {outcome}.</source>
        <translation>A {kind} report cannot have the outcome {outcome}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="159"/>
        <source>Say what is {verdict}: this feedback needs a comment.</source>
        <translation>Say what is {verdict}: this feedback needs a comment.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="172"/>
        <source>There is no item {item} in this library (it may have been removed).</source>
        <translation>There is no item {item} in this library (it may have been removed).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="218"/>
        <source>{title!r} has no {unit} at all: give feedback on its {kinds}.</source>
        <translation>{title!r} has no {unit} at all: give feedback on its {kinds}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="225"/>
        <source>{title!r} has no {unit} {number} in its current version; it may have been removed since.</source>
        <translation>{title!r} has no {unit} {number} in its current version; it may have been removed since.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="259"/>
        <source>You already gave feedback on {unit} of «{title}»: report {report} ({verdict}, {state}); a person&apos;s feedback counts once per unit. Your new comment was not saved: «{comment}»</source>
        <translation>You already gave feedback on {unit} of «{title}»: report {report} ({verdict}, {state}); a person&apos;s feedback counts once per unit. Your new comment was not saved: «{comment}»</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="265"/>
        <source>You already gave feedback on {unit} of «{title}»: report {report} ({verdict}, {state}); a person&apos;s feedback counts once per unit.</source>
        <translation>You already gave feedback on {unit} of «{title}»: report {report} ({verdict}, {state}); a person&apos;s feedback counts once per unit.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_reading.py" line="74"/>
        <source>read other people&apos;s reports</source>
        <translation>read other people&apos;s reports</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_reading.py" line="119"/>
        <source>Report {report} has no attachment.</source>
        <translation>Report {report} has no attachment.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_reading.py" line="124"/>
        <source>The attachment {name} of report {report} is not in this library&apos;s store (on a team library: the server is not reachable, try again).</source>
        <translation>The attachment {name} of report {report} is not in this library&apos;s store (on a team library: the server is not reachable, try again).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_reading.py" line="137"/>
        <source>Cannot read the attachment {name}: {error}</source>
        <translation>Cannot read the attachment {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_reading.py" line="143"/>
        <source>Attachment refused: report {report} carries {name}, which the app would not have accepted, so it is not handed out: {problem}</source>
        <translation>Attachment refused: report {report} carries {name}, which the app would not have accepted, so it is not handed out: {problem}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="71"/>
        <source>read the reports inbox</source>
        <translation>read the reports inbox</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="90"/>
        <source>Say why: a report is declined only with a reason.</source>
        <translation>Say why: a report is declined only with a reason.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="95"/>
        <location filename="../../enablement/insights/report_triage.py" line="129"/>
        <location filename="../../enablement/insights/report_triage.py" line="158"/>
        <location filename="../../enablement/insights/report_triage.py" line="169"/>
        <source>triage reports</source>
        <translation>triage reports</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="100"/>
        <source>Report {report} is {state}; its state is final.</source>
        <translation>Report {report} is {state}; its state is final.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="105"/>
        <source>Report {report} is {state}; it can move to {choices}, not to {target}.</source>
        <translation>Report {report} is {state}; it can move to {choices}, not to {target}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="134"/>
        <location filename="../../enablement/voting/service.py" line="119"/>
        <source>There is no person named {name!r} (see `enablement user list`).</source>
        <translation>There is no person named {name!r} (see `enablement user list`).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="141"/>
        <source>{name!r} is {role}: the owner of a report is a marketer, who can move it on and answer it. Choose someone from marketing.</source>
        <translation>{name!r} is {role}: the owner of a report is a marketer, who can move it on and answer it. Choose someone from marketing.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="155"/>
        <source>An answer needs a text.</source>
        <translation>An answer needs a text.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="174"/>
        <source>There is no {kind} {id} to link report {report} to.</source>
        <translation>There is no {kind} {id} to link report {report} to.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="192"/>
        <source>Item {item} has no version {number}.</source>
        <translation>Item {item} has no version {number}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_reading.py" line="168"/>
        <location filename="../../enablement/insights/report_reading.py" line="182"/>
        <source>read content feedback</source>
        <translation>read content feedback</translation>
    </message>
    <message>
        <location filename="../../enablement/errors.py" line="75"/>
        <source>Only marketing can {doing}; {actor!r} has no profile in this library yet. {hint}</source>
        <translation>Only marketing can {doing}; {actor!r} has no profile in this library yet. {hint}</translation>
    </message>
    <message>
        <location filename="../../enablement/errors.py" line="83"/>
        <source>Only marketing can {doing}; {actor!r} is {role}. {hint}</source>
        <translation>Only marketing can {doing}; {actor!r} is {role}. {hint}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="277"/>
        <source>{name} cannot be attached: {suffix} files are not accepted. Attach a document, a spreadsheet, a PDF or a picture ({accepted}).</source>
        <translation>{name} cannot be attached: {suffix} files are not accepted. Attach a document, a spreadsheet, a PDF or a picture ({accepted}).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="289"/>
        <source>Cannot attach {path}: it is not a file.</source>
        <translation>Cannot attach {path}: it is not a file.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="179"/>
        <location filename="../../enablement/insights/report_sending.py" line="294"/>
        <source>{name} is too large to attach: {size} MB (limit {limit} MB).</source>
        <translation>{name} is too large to attach: {size} MB (limit {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_base.py" line="86"/>
        <source>There is no report {report}.</source>
        <translation>There is no report {report}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="221"/>
        <location filename="../../enablement/services/demo_history.py" line="379"/>
        <source>{who} answered your report {report} ({subject}): {answer}</source>
        <translation>{who} answered your report {report} ({subject}): {answer}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="156"/>
        <source>{value!r}… is too long for a name (limit {limit} characters).</source>
        <translation>{value!r}… is too long for a name (limit {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="135"/>
        <source>A person needs a name.</source>
        <translation>A person needs a name.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_base.py" line="57"/>
        <location filename="../../enablement/voting/service.py" line="188"/>
        <source>Say who is acting (`--user NAME`).</source>
        <translation>Say who is acting (`--user NAME`).</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="204"/>
        <source>{name!r} has no profile in this library. An admin adds people: enablement user add {name!r} --role sales --team TEAM</source>
        <translation>{name!r} has no profile in this library. An admin adds people: enablement user add {name!r} --role sales --team TEAM</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="227"/>
        <source>Only an admin can add people or change roles ({actor!r} is not one; admins: {admins}).</source>
        <translation>Only an admin can add people or change roles ({actor!r} is not one; admins: {admins}).</translation>
    </message>
    <message>
        <location filename="../../enablement/services/library.py" line="137"/>
        <source>Only marketing can import into the team library; {user!r} is {role}. Ask your admin if you need it (enablement team set-role {user} --role marketing).</source>
        <translation>Only marketing can import into the team library; {user!r} is {role}. Ask your admin if you need it (enablement team set-role {user} --role marketing).</translation>
    </message>
    <message>
        <location filename="../../enablement/services/library.py" line="189"/>
        <source>Only marketing can remove items from the team library; {user!r} is {role}. Ask your admin if you need it (enablement team set-role {user} --role marketing).</source>
        <translation>Only marketing can remove items from the team library; {user!r} is {role}. Ask your admin if you need it (enablement team set-role {user} --role marketing).</translation>
    </message>
    <message>
        <location filename="../../enablement/services/library.py" line="213"/>
        <location filename="../../enablement/services/library.py" line="236"/>
        <source>Only marketing can archive items of the team library; {user!r} is {role}. Ask your admin if you need it (enablement team set-role {user} --role marketing).</source>
        <translation>Only marketing can archive items of the team library; {user!r} is {role}. Ask your admin if you need it (enablement team set-role {user} --role marketing).</translation>
    </message>
    <message>
        <location filename="../../enablement/errors.py" line="64"/>
        <location filename="../../enablement/insights/report_base.py" line="63"/>
        <location filename="../../enablement/services/library.py" line="268"/>
        <location filename="../../enablement/voting/service.py" line="239"/>
        <location filename="../../enablement/workbench/card_library.py" line="86"/>
        <location filename="../../enablement/workbench/diff.py" line="384"/>
        <source>no profile</source>
        <translation>no profile</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="249"/>
        <source>create ballots</source>
        <translation>create ballots</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="257"/>
        <source>New ballot: “{title}” — your vote is asked, closes {time}.</source>
        <translation>New ballot: “{title}” — your vote is asked, closes {time}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="264"/>
        <source>New ballot: “{title}” — your vote is asked.</source>
        <translation>New ballot: “{title}” — your vote is asked.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="276"/>
        <source>edit ballots</source>
        <translation>edit ballots</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="281"/>
        <source>Ballot {ballot} is {status}; it can no longer be edited.</source>
        <translation>Ballot {ballot} is {status}; it can no longer be edited.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="291"/>
        <source>Ballot {ballot} already has {votes} vote(s); its subject and options can no longer change. Close it and open a new one.</source>
        <translation>Ballot {ballot} already has {votes} vote(s); its subject and options can no longer change. Close it and open a new one.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="310"/>
        <location filename="../../enablement/voting/service.py" line="312"/>
        <source>Cannot read the attachment {path}: {error}</source>
        <translation>Cannot read the attachment {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="176"/>
        <source>On a team server people come with their login: an admin adds {name!r} with `enablement team add {name} --role ROLE --team TEAM` and changes a role or team with `enablement team set-role {name} --role ROLE --team TEAM`.</source>
        <translation>On a team server people come with their login: an admin adds {name!r} with `enablement team add {name} --role ROLE --team TEAM` and changes a role or team with `enablement team set-role {name} --role ROLE --team TEAM`.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="349"/>
        <source>close ballots</source>
        <translation>close ballots</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="358"/>
        <source>Ballot {ballot} is already {status}.</source>
        <translation>Ballot {ballot} is already {status}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="374"/>
        <source>Give a rationale with the decision: voters see why.</source>
        <translation>Give a rationale with the decision: voters see why.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="378"/>
        <source>decide ballots</source>
        <translation>decide ballots</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="384"/>
        <source>Ballot {ballot} is still {status}; close it first (enablement poll close {ballot}) so that every voter is heard.</source>
        <translation>Ballot {ballot} is still {status}; close it first (enablement poll close {ballot}) so that every voter is heard.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="395"/>
        <source>Ballot {ballot} was decided “{outcome}” by {person} on {day}; only a Postponed decision can be revisited.</source>
        <translation>Ballot {ballot} was decided “{outcome}” by {person} on {day}; only a Postponed decision can be revisited.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="446"/>
        <source>Decision on “{title}”: {outcome}. {rationale}</source>
        <translation>Decision on “{title}”: {outcome}. {rationale}</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="484"/>
        <source>Say why you chose “{choice}”: what clients will ask about, what is missing.</source>
        <translation>Say why you chose “{choice}”: what clients will ask about, what is missing.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="553"/>
        <source>Ballot {ballot} opens at {time}; vote then.</source>
        <translation>Ballot {ballot} opens at {time}; vote then.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="560"/>
        <source>Ballot {ballot} closed at {time}; votes can no longer be cast or changed.</source>
        <translation>Ballot {ballot} closed at {time}; votes can no longer be cast or changed.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="568"/>
        <source>Ballot {ballot} closed; votes can no longer be cast or changed.</source>
        <translation>Ballot {ballot} closed; votes can no longer be cast or changed.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="574"/>
        <source>no team</source>
        <translation>no team</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="576"/>
        <source>Ballot {ballot} is for {audience}; {person} is in {team}, outside its audience.</source>
        <translation>Ballot {ballot} is for {audience}; {person} is in {team}, outside its audience.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="646"/>
        <source>Ballot {ballot} hides its totals until close, and the audit trail would show them.</source>
        <translation>Ballot {ballot} hides its totals until close, and the audit trail would show them.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="679"/>
        <source>An empty comment says nothing; write what should change.</source>
        <translation>An empty comment says nothing; write what should change.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="687"/>
        <source>Ballot {ballot} is about a product; only drafts have slides to comment on.</source>
        <translation>Ballot {ballot} is about a product; only drafts have slides to comment on.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="696"/>
        <source>The draft of ballot {ballot} has no slide or section {number}.</source>
        <translation>The draft of ballot {ballot} has no slide or section {number}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="802"/>
        <source>There is no ballot {ballot} (see `enablement poll list`).</source>
        <translation>There is no ballot {ballot} (see `enablement poll list`).</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="169"/>
        <source>Cannot sign in to the database at {url} as {user!r}: the user name or password is wrong, or the account was removed. Check them, or ask your admin (enablement team passwd {user}).</source>
        <translation>Cannot sign in to the database at {url} as {user!r}: the user name or password is wrong, or the account was removed. Check them, or ask your admin (enablement team passwd {user}).</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="199"/>
        <source>The team database does not allow this for your account ({error}). Ask your admin if you need it.</source>
        <translation>The team database does not allow this for your account ({error}). Ask your admin if you need it.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="397"/>
        <source>The team database at {url} needs an upgrade that only its owner can run (enablement team init with the owner&apos;s URL): {error}</source>
        <translation>The team database at {url} needs an upgrade that only its owner can run (enablement team init with the owner&apos;s URL): {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="155"/>
        <source>Name the team&apos;s first admin: enablement team init --admin NAME.</source>
        <translation>Name the team&apos;s first admin: enablement team init --admin NAME.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="166"/>
        <source>A login named {name!r} exists on this server and is not this library&apos;s admin; choose another name.</source>
        <translation>A login named {name!r} exists on this server and is not this library&apos;s admin; choose another name.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="194"/>
        <source>`enablement team init` and `team secure` need the database owner&apos;s superuser URL (for example postgresql://postgres@HOST/DATABASE); {who!r} is not a superuser.</source>
        <translation>`enablement team init` and `team secure` need the database owner&apos;s superuser URL (for example postgresql://postgres@HOST/DATABASE); {who!r} is not a superuser.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="210"/>
        <source>A login named {name!r} already exists; change it with `enablement team passwd` or remove it first.</source>
        <translation>A login named {name!r} already exists; change it with `enablement team passwd` or remove it first.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="232"/>
        <source>You cannot take the admin role from your own login ({name!r}); ask another admin.</source>
        <translation>You cannot take the admin role from your own login ({name!r}); ask another admin.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="270"/>
        <source>You cannot remove your own login ({name!r}); ask another admin.</source>
        <translation>You cannot remove your own login ({name!r}); ask another admin.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="298"/>
        <source>Only a team admin can manage people; the database refused it ({error}).</source>
        <translation>Only a team admin can manage people; the database refused it ({error}).</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="309"/>
        <source>A login needs a password.</source>
        <translation>A login needs a password.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="336"/>
        <source>{name!r} has no login in this team (see `enablement team list`).</source>
        <translation>{name!r} has no login in this team (see `enablement team list`).</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="366"/>
        <source>{name!r} cannot be a login name: use lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (at most 63, starting with a letter or &apos;_&apos;; not pg_… or enablement_…).</source>
        <translation>{name!r} cannot be a login name: use lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (at most 63, starting with a letter or &apos;_&apos;; not pg_… or enablement_…).</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="115"/>
        <source>Team mode needs a PostgreSQL database, not {url}.</source>
        <translation>Team mode needs a PostgreSQL database, not {url}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="192"/>
        <source>{name!r} has no profile in this team library; ask your admin to add you with `enablement team add`.</source>
        <translation>{name!r} has no profile in this team library; ask your admin to add you with `enablement team add`.</translation>
    </message>
    <message>
        <location filename="../../enablement/app.py" line="214"/>
        <source>{user!r} is not a person of this library: its roster is empty, so only you ({me}) act here. Add people first with `enablement user add {user!r} --role sales --team TEAM`, then act as them with --user {user}.</source>
        <translation>{user!r} is not a person of this library: its roster is empty, so only you ({me}) act here. Add people first with `enablement user add {user!r} --role sales --team TEAM`, then act as them with --user {user}.</translation>
    </message>
    <message>
        <location filename="../../enablement/app.py" line="224"/>
        <source>{user!r} is not a person of this library (see `enablement user list`). An admin adds them with `enablement user add {user!r} --role sales --team TEAM`.</source>
        <translation>{user!r} is not a person of this library (see `enablement user list`). An admin adds them with `enablement user add {user!r} --role sales --team TEAM`.</translation>
    </message>
    <message>
        <location filename="../../enablement/app.py" line="240"/>
        <source>--user only applies to a single-user library. On a team server you act as the login you signed in with ({login}); sign in as {user} to act as them.</source>
        <translation>--user only applies to a single-user library. On a team server you act as the login you signed in with ({login}); sign in as {user} to act as them.</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/team.py" line="102"/>
        <source>Name the team database: --db postgresql://USER@HOST:PORT/DATABASE (or set ENABLEMENT_DB).</source>
        <translation>Name the team database: --db postgresql://USER@HOST:PORT/DATABASE (or set ENABLEMENT_DB).</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/team.py" line="115"/>
        <source>No password on standard input.</source>
        <translation>No password on standard input.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/notify.py" line="96"/>
        <source>The team server is not reachable ({error}). Searching this computer&apos;s copy; changes will arrive when the server is back.</source>
        <translation>The team server is not reachable ({error}). Searching this computer&apos;s copy; changes will arrive when the server is back.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/gaps.py" line="181"/>
        <location filename="../../enablement/workbench/gap_cards.py" line="90"/>
        <source>A content gap needs its key (see enablement insights gaps).</source>
        <translation>A content gap needs its key (see enablement insights gaps).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/gaps.py" line="192"/>
        <location filename="../../enablement/insights/unit_usage.py" line="87"/>
        <source>There is no item {id}.</source>
        <translation>There is no item {id}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/gaps.py" line="231"/>
        <source>Only marketing decides about content gaps; {actor!r} is {role}. {hint}</source>
        <translation>Only marketing decides about content gaps; {actor!r} is {role}. {hint}</translation>
    </message>
    <message>
        <location filename="../../enablement/messages.py" line="136"/>
        <source>An admin can change that: enablement team set-role {actor} --role marketing</source>
        <translation>An admin can change that: enablement team set-role {actor} --role marketing</translation>
    </message>
    <message>
        <location filename="../../enablement/messages.py" line="142"/>
        <source>An admin can change that: enablement user add {actor!r} --role marketing</source>
        <translation>An admin can change that: enablement user add {actor!r} --role marketing</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="125"/>
        <source>“{text}” does not name a slide: write ITEM#SLIDE, like 12#3, or a link like enablement://item/12#slide=3.</source>
        <translation>“{text}” does not name a slide: write ITEM#SLIDE, like 12#3, or a link like enablement://item/12#slide=3.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="235"/>
        <source>A pitch needs at least one slide.</source>
        <translation>A pitch needs at least one slide.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="238"/>
        <source>A pitch is saved as a .pptx file, not as “{name}”.</source>
        <translation>A pitch is saved as a .pptx file, not as “{name}”.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="269"/>
        <source>Item {item} is no longer in the library (it was removed); take slide {slide} out of the pitch.</source>
        <translation>Item {item} is no longer in the library (it was removed); take slide {slide} out of the pitch.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="280"/>
        <source>“{title}” (item {item}, {name}) is not a PowerPoint deck; a pitch takes slides from .pptx decks.</source>
        <translation>“{title}” (item {item}, {name}) is not a PowerPoint deck; a pitch takes slides from .pptx decks.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="301"/>
        <source>There is no slide {slide} in “{title}” (item {item}): it has {count} in all.</source>
        <translation>There is no slide {slide} in “{title}” (item {item}): it has {count} in all.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="319"/>
        <source>Slide {slide} of “{title}” (item {item}) was picked from version {picked}, which has been replaced by version {current}, and that slide is not in it any more; pick it again.</source>
        <translation>Slide {slide} of “{title}” (item {item}) was picked from version {picked}, which has been replaced by version {current}, and that slide is not in it any more; pick it again.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="350"/>
        <source>The original of “{title}” (item {item}) has no slide {slide}, though the library lists one; import the deck again.</source>
        <translation>The original of “{title}” (item {item}) has no slide {slide}, though the library lists one; import the deck again.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="364"/>
        <source>The pitch could not be started from “{name}”: {reason}</source>
        <translation>The pitch could not be started from “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="378"/>
        <source>“{title}” (item {item}) could not be opened as a PowerPoint deck: {reason}</source>
        <translation>“{title}” (item {item}) could not be opened as a PowerPoint deck: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="406"/>
        <source>The pitch could not be saved as {path}: {reason}</source>
        <translation>The pitch could not be saved as {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="415"/>
        <source>“{detail}” uses a file that is missing from the original deck; it was left out.</source>
        <translation>“{detail}” uses a file that is missing from the original deck; it was left out.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="418"/>
        <source>a linked file stays a link and may not open on another computer: {detail}</source>
        <translation>a linked file stays a link and may not open on another computer: {detail}</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="421"/>
        <source>a link to a slide that is not in the pitch was removed.</source>
        <translation>a link to a slide that is not in the pitch was removed.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="422"/>
        <source>review comments were left out.</source>
        <translation>review comments were left out.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="425"/>
        <source>Fonts embedded in “{title}” were not carried; its slides use the fonts installed on the computer.</source>
        <translation>Fonts embedded in “{title}” were not carried; its slides use the fonts installed on the computer.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="429"/>
        <source>“{title}” has another page size ({detail}) than the pitch; its slides may look stretched or cropped.</source>
        <translation>“{title}” has another page size ({detail}) than the pitch; its slides may look stretched or cropped.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="440"/>
        <source>Slide {position} (“{title}”, slide {slide}): {what}</source>
        <translation>Slide {position} (“{title}”, slide {slide}): {what}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_export.py" line="208"/>
        <location filename="../../enablement/ui/loop/dashboard_export.py" line="222"/>
        <location filename="../../enablement/ui/loop/dashboard_export.py" line="235"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="36"/>
        <source>The report is painted with Qt (PySide6), which is not installed here. Install it (pip install PySide6-Essentials) or use `insights export --csv`.</source>
        <translation>The report is painted with Qt (PySide6), which is not installed here. Install it (pip install PySide6-Essentials) or use `insights export --csv`.</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="57"/>
        <source>The report cannot be painted here: {reason}</source>
        <translation>The report cannot be painted here: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="60"/>
        <source>The report was not written: {reason}</source>
        <translation>The report was not written: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="89"/>
        <source>The report is a PDF or a PNG: name the file .pdf or .png ({path} is neither).</source>
        <translation>The report is a PDF or a PNG: name the file .pdf or .png ({path} is neither).</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="97"/>
        <source>{path} is a folder: name the report file inside it.</source>
        <translation>{path} is a folder: name the report file inside it.</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="103"/>
        <location filename="../../enablement/ui/loop/dashboard_export.py" line="244"/>
        <source>The folder {path} does not exist.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="107"/>
        <source>Cannot write {path}: permission denied.</source>
        <translation>Cannot write {path}: permission denied.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="319"/>
        <source>There are no figures to export yet.</source>
        <translation>There are no figures to export yet.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="322"/>
        <source>The figures for the chosen period are still being counted.</source>
        <translation>The figures for the chosen period are still being counted.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="107"/>
        <source>Product codes were not checked: the library has no catalog with codes.</source>
        <translation>Product codes were not checked: the library has no catalog with codes.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="174"/>
        <location filename="../../enablement/workbench/deck_check.py" line="189"/>
        <source>No such file: {path}</source>
        <translation>No such file: {path}</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="176"/>
        <source>No deck in the library has the id, title, file name or path {ref!r} (see `enablement list --kind deck`).</source>
        <translation>No deck in the library has the id, title, file name or path {ref!r} (see `enablement list --kind deck`).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="193"/>
        <source>{name} is not a PowerPoint deck (.pptx); the deck check reads slides.</source>
        <translation>{name} is not a PowerPoint deck (.pptx); the deck check reads slides.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="202"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="221"/>
        <source>#{item} {title!r} is a {kind}, not a deck.</source>
        <translation>#{item} {title!r} is a {kind}, not a deck.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="232"/>
        <source>#{item} {title!r} has pages, not slides (a PDF?); the deck check reads .pptx decks.</source>
        <translation>#{item} {title!r} has pages, not slides (a PDF?); the deck check reads .pptx decks.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="260"/>
        <source>{ref!r} names several items ({ids}); give the id instead.</source>
        <translation>{ref!r} names several items ({ids}); give the id instead.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="296"/>
        <source>A pricing slide with no price or number on it.</source>
        <translation>A pricing slide with no price or number on it.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="319"/>
        <source>No call to action on the last {count} slides (next steps, contact, a demo, an order).</source>
        <translation>No call to action on the last {count} slides (next steps, contact, a demo, an order).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="350"/>
        <source>Names {competitor} without a proof point (a number, %, a customer, a case or a source).</source>
        <translation>Names {competitor} without a proof point (a number, %, a customer, a case or a source).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="375"/>
        <source>A price slide dated {year}, more than {years} years ago.</source>
        <translation>A price slide dated {year}, more than {years} years ago.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="377"/>
        <source>Mentions {year}, more than {years} years ago.</source>
        <translation>Mentions {year}, more than {years} years ago.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="413"/>
        <source>Product codes in no catalog of the library: {codes}.</source>
        <translation>Product codes in no catalog of the library: {codes}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="437"/>
        <source>No speaker notes and only {words} words: nothing for the seller to say.</source>
        <translation>No speaker notes and only {words} words: nothing for the seller to say.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="464"/>
        <source>Repeats slide {first} word for word.</source>
        <translation>Repeats slide {first} word for word.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/near_duplicates.py" line="303"/>
        <source>#{item} is not a deck of this library (or it is archived).</source>
        <translation>#{item} is not a deck of this library (or it is archived).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/near_duplicates.py" line="310"/>
        <source>#{item} {title!r} has no near copies at similarity {threshold}; nothing to archive.</source>
        <translation>#{item} {title!r} has no near copies at similarity {threshold}; nothing to archive.</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/cards.py" line="125"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/cards.py" line="130"/>
        <source>--status is for a new card; item {item} keeps its status. Move it with `enablement status {item} STATUS`.</source>
        <translation>--status is for a new card; item {item} keeps its status. Move it with `enablement status {item} STATUS`.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="225"/>
        <source>“{title}” is a {kind}, not a battle card: the card editor cannot open it.</source>
        <translation>“{title}” is a {kind}, not a battle card: the card editor cannot open it.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="385"/>
        <source>A new card starts as a draft, in review or published, not {status}.</source>
        <translation>A new card starts as a draft, in review or published, not {status}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="431"/>
        <source>The card could not be saved; try again.</source>
        <translation>The card could not be saved; try again.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="473"/>
        <source>save battle cards</source>
        <translation>save battle cards</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="504"/>
        <source>“{title}” is a {kind}, not a battle card: it was not changed.</source>
        <translation>“{title}” is a {kind}, not a battle card: it was not changed.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="540"/>
        <source>{who} saved a newer version of “{title}” (version {version}, {when}) after you opened version {base}. Nothing was overwritten and your text is kept: save it as a new card, or open the newest version and apply your changes to it.</source>
        <translation>{who} saved a newer version of “{title}” (version {version}, {when}) after you opened version {base}. Nothing was overwritten and your text is kept: save it as a new card, or open the newest version and apply your changes to it.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="549"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="567"/>
        <source>{who} is saving “{title}” right now. Nothing was overwritten and your text is kept: open the newest version in a moment and apply your changes to it, or save your text as a new card.</source>
        <translation>{who} is saving “{title}” right now. Nothing was overwritten and your text is kept: open the newest version in a moment and apply your changes to it, or save your text as a new card.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="577"/>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/cards.py" line="234"/>
        <source>Name the competitor this battle card is about.</source>
        <translation>Name the competitor this battle card is about.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/cards.py" line="242"/>
        <source>The battle card is empty: write at least one section (strengths, weaknesses, how we win, …).</source>
        <translation>The battle card is empty: write at least one section (strengths, weaknesses, how we win, …).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/cards.py" line="266"/>
        <source>Objection {number} (“{question}”) has no answer yet: write the answer or remove the objection.</source>
        <translation>Objection {number} (“{question}”) has no answer yet: write the answer or remove the objection.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/cards.py" line="280"/>
        <source>Answer {number} has no objection: write what the customer says, or remove the answer.</source>
        <translation>Answer {number} has no objection: write what the customer says, or remove the answer.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/cards.py" line="469"/>
        <source>The section “{section}” is empty: fill it in or remove it from the card.</source>
        <translation>The section “{section}” is empty: fill it in or remove it from the card.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="64"/>
        <source>The original file of version {version} of “{title}” is not in the library any more (or not on this computer while the team server is out of reach), so that version cannot be shown.</source>
        <translation>The original file of version {version} of “{title}” is not in the library any more (or not on this computer while the team server is out of reach), so that version cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="182"/>
        <location filename="../../enablement/workbench/diff.py" line="338"/>
        <source>“{title}” (item {item}) has no version {version}; it has versions {known}.</source>
        <translation>“{title}” (item {item}) has no version {version}; it has versions {known}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="250"/>
        <source>“{title}” (item {item}) has only version {version}: there is nothing to compare it with yet.</source>
        <translation>“{title}” (item {item}) has only version {version}: there is nothing to compare it with yet.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="267"/>
        <source>“{old}” (item {old_id}) and “{new}” (item {new_id}) are two different items; only two versions of the same item can be compared.</source>
        <translation>“{old}” (item {old_id}) and “{new}” (item {new_id}) are two different items; only two versions of the same item can be compared.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="279"/>
        <source>Version {old} of “{title}” is {old_family} and version {new} is {new_family}: only versions of the same kind can be compared (a deck with a deck, a card with a card).</source>
        <translation>Version {old} of “{title}” is {old_family} and version {new} is {new_family}: only versions of the same kind can be compared (a deck with a deck, a card with a card).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="292"/>
        <source>“{title}” is a table (catalog rows); versions of decks, PDFs and battle cards can be compared, tables not yet.</source>
        <translation>“{title}” is a table (catalog rows); versions of decks, PDFs and battle cards can be compared, tables not yet.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="307"/>
        <source>a deck</source>
        <translation>a deck</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="308"/>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="309"/>
        <source>a text document</source>
        <translation>a text document</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="310"/>
        <source>a table</source>
        <translation>a table</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="348"/>
        <source>Version {version} of “{title}” is already the newest; there is nothing to restore.</source>
        <translation>Version {version} of “{title}” is already the newest; there is nothing to restore.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="386"/>
        <source>restore an older version</source>
        <translation>restore an older version</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="163"/>
        <source>{status!r} is not a status; use one of: {statuses}.</source>
        <translation>{status!r} is not a status; use one of: {statuses}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="180"/>
        <source>Item {item} ({title!r}) is already {status}.</source>
        <translation>Item {item} ({title!r}) is already {status}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="186"/>
        <source>Item {item} ({title!r}) cannot go from {old} to {new}; from {old} it can go to: {allowed}.</source>
        <translation>Item {item} ({title!r}) cannot go from {old} to {new}; from {old} it can go to: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="257"/>
        <source>Review again in 1 to {most} days, not {days}.</source>
        <translation>Review again in 1 to {most} days, not {days}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="268"/>
        <source>Item {item} ({title!r}) is {status}; only published items are confirmed still valid.</source>
        <translation>Item {item} ({title!r}) is {status}; only published items are confirmed still valid.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="355"/>
        <source>Only marketing can publish, send back or archive items of the team library; {user!r} is not. Ask your admin if you need it (enablement team set-role {user} --role marketing).</source>
        <translation>Only marketing can publish, send back or archive items of the team library; {user!r} is not. Ask your admin if you need it (enablement team set-role {user} --role marketing).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="370"/>
        <source>a draft</source>
        <translation>a draft</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="371"/>
        <source>in review</source>
        <translation>in review</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="372"/>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="373"/>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="50"/>
        <source>a Windows program</source>
        <translation>a Windows program</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="51"/>
        <source>a program</source>
        <translation>a program</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="52"/>
        <location filename="../../enablement/insights/attachments.py" line="61"/>
        <source>a script</source>
        <translation>a script</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="53"/>
        <location filename="../../enablement/insights/attachments.py" line="77"/>
        <source>a PDF</source>
        <translation>a PDF</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="54"/>
        <source>a zip archive</source>
        <translation>a zip archive</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="55"/>
        <source>an old Office (OLE2) file</source>
        <translation>an old Office (OLE2) file</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="56"/>
        <location filename="../../enablement/insights/attachments.py" line="58"/>
        <source>a picture</source>
        <translation>a picture</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="59"/>
        <source>data of an unknown kind</source>
        <translation>data of an unknown kind</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="60"/>
        <source>plain text</source>
        <translation>plain text</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="64"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="65"/>
        <source>PowerPoint presentation</source>
        <translation>PowerPoint presentation</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="66"/>
        <source>Word document</source>
        <translation>Word document</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="67"/>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="68"/>
        <source>PNG picture</source>
        <translation>PNG picture</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="69"/>
        <location filename="../../enablement/insights/attachments.py" line="70"/>
        <source>JPEG picture</source>
        <translation>JPEG picture</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="71"/>
        <source>GIF picture</source>
        <translation>GIF picture</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="72"/>
        <source>WebP picture</source>
        <translation>WebP picture</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="73"/>
        <source>text file</source>
        <translation>text file</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="78"/>
        <source>a PowerPoint presentation</source>
        <translation>a PowerPoint presentation</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="80"/>
        <source>an Excel workbook</source>
        <translation>an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="81"/>
        <source>a PNG picture</source>
        <translation>a PNG picture</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="82"/>
        <location filename="../../enablement/insights/attachments.py" line="83"/>
        <source>a JPEG picture</source>
        <translation>a JPEG picture</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="84"/>
        <source>a GIF picture</source>
        <translation>a GIF picture</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="85"/>
        <source>a WebP picture</source>
        <translation>a WebP picture</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="86"/>
        <source>a text file</source>
        <translation>a text file</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="88"/>
        <source>it ends before the picture does: cut off or damaged</source>
        <translation>it ends before the picture does: cut off or damaged</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="140"/>
        <source>{name} cannot be attached: it is empty.</source>
        <translation>{name} cannot be attached: it is empty.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="143"/>
        <source>{name} cannot be attached: the file is named {suffix} but is not {expected} (it looks like {what}). Save it in its real format and attach it again.</source>
        <translation>{name} cannot be attached: the file is named {suffix} but is not {expected} (it looks like {what}). Save it in its real format and attach it again.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="172"/>
        <source>{suffix} files are not accepted as attachments ({accepted}).</source>
        <translation>{suffix} files are not accepted as attachments ({accepted}).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="204"/>
        <source>{name} cannot be attached: it is password-protected. Save a copy without the password and attach that.</source>
        <translation>{name} cannot be attached: it is password-protected. Save a copy without the password and attach that.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="213"/>
        <source>{name} cannot be attached: {reason}.</source>
        <translation>{name} cannot be attached: {reason}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="218"/>
        <source>{name} cannot be attached: it is not a readable {what} ({detail}). Save it again and attach it.</source>
        <translation>{name} cannot be attached: it is not a readable {what} ({detail}). Save it again and attach it.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="239"/>
        <source>no image header (IHDR)</source>
        <translation>no image header (IHDR)</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="251"/>
        <source>no image header (VP8)</source>
        <translation>no image header (VP8)</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="301"/>
        <source>data of an unknown kind, not text</source>
        <translation>data of an unknown kind, not text</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="307"/>
        <source>neither UTF-8 nor Windows-1251 text</source>
        <translation>neither UTF-8 nor Windows-1251 text</translation>
    </message>
    <message>
        <location filename="../../enablement/services/watch.py" line="290"/>
        <source>no such folder: {path}</source>
        <translation>no such folder: {path}</translation>
    </message>
    <message>
        <location filename="../../enablement/services/watch.py" line="293"/>
        <source>{path} is a file; watch the folder it is in</source>
        <translation>{path} is a file; watch the folder it is in</translation>
    </message>
    <message>
        <location filename="../../enablement/services/watch.py" line="299"/>
        <source>{path} holds the library&apos;s own files ({library}); watch a folder outside it</source>
        <translation>{path} holds the library&apos;s own files ({library}); watch a folder outside it</translation>
    </message>
    <message>
        <location filename="../../enablement/services/demo_removal.py" line="141"/>
        <source>A team library has no demo library to remove; nothing was changed.</source>
        <translation>A team library has no demo library to remove; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../enablement/services/demo_removal.py" line="147"/>
        <source>This library has no demo library to remove; nothing was changed.</source>
        <translation>This library has no demo library to remove; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../enablement/services/first_run.py" line="111"/>
        <source>{folder!r} is not a folder this app can read. Choose another one.</source>
        <translation>{folder!r} is not a folder this app can read. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_aggregates.py" line="80"/>
        <source>This team server has no {function} yet: its owner re-applies the team rules (enablement team secure) after an upgrade.</source>
        <translation>This team server has no {function} yet: its owner re-applies the team rules (enablement team secure) after an upgrade.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="18"/>
        <source>competitor price</source>
        <translation>competitor price</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="19"/>
        <source>competitor claim</source>
        <translation>competitor claim</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="20"/>
        <source>objection heard</source>
        <translation>objection heard</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="21"/>
        <source>deal won</source>
        <translation>deal won</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="22"/>
        <source>deal lost</source>
        <translation>deal lost</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="23"/>
        <source>request for material</source>
        <translation>request for material</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="25"/>
        <location filename="../../enablement/insights/labels.py" line="26"/>
        <source>helped me win</source>
        <translation>helped me win</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="27"/>
        <source>outdated</source>
        <translation>outdated</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="28"/>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="29"/>
        <source>missing something</source>
        <translation>missing something</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="31"/>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="32"/>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="33"/>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="34"/>
        <source>under 1 M</source>
        <translation>under 1 M</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="35"/>
        <source>1–5 M</source>
        <translation>1–5 M</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="36"/>
        <source>5–20 M</source>
        <translation>5–20 M</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="37"/>
        <source>over 20 M</source>
        <translation>over 20 M</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="39"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="40"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="41"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="42"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="43"/>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="44"/>
        <source>intel</source>
        <translation>intel</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="45"/>
        <source>feedback</source>
        <translation>feedback</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="49"/>
        <source>slide {number}</source>
        <translation>slide {number}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="50"/>
        <source>page {number}</source>
        <translation>page {number}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="51"/>
        <source>row {number}</source>
        <translation>row {number}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="52"/>
        <source>section {number}</source>
        <translation>section {number}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="87"/>
        <source>{problem} Your comment was not saved: «{comment}»</source>
        <translation>{problem} Your comment was not saved: «{comment}»</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="99"/>
        <source>(the slide was since removed)</source>
        <translation>(the slide was since removed)</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="100"/>
        <source>(the page was since removed)</source>
        <translation>(the page was since removed)</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="101"/>
        <source>(the row was since removed)</source>
        <translation>(the row was since removed)</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="102"/>
        <source>(the section was since removed)</source>
        <translation>(the section was since removed)</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="103"/>
        <source>(the item was since removed)</source>
        <translation>(the item was since removed)</translation>
    </message>
</context>
<context>
    <name>ObjectionsEditor</name>
    <message>
        <location filename="../../enablement/ui/workbench/card_sections.py" line="161"/>
        <source>Objection (the customer&apos;s words)</source>
        <translation>Objection (the customer&apos;s words)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_sections.py" line="161"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_sections.py" line="162"/>
        <source>Add objection</source>
        <translation>Add objection</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_sections.py" line="163"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../enablement/ui/team_status.py" line="157"/>
        <source>Offline — searching this computer&apos;s copy</source>
        <translation>Offline — searching this computer&apos;s copy</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../enablement/ui/page_views.py" line="130"/>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/page_views.py" line="131"/>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
</context>
<context>
    <name>PitchBasket</name>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="72"/>
        <source>Save the pitch</source>
        <translation>Save the pitch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="74"/>
        <source>PowerPoint presentation (*.pptx)</source>
        <translation>PowerPoint presentation (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="247"/>
        <source>That slide is already in your pitch.</source>
        <translation>That slide is already in your pitch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="258"/>
        <source>Added to your pitch: %1 (%n slide(s) in all)</source>
        <translation>
            <numerusform>Added to your pitch: %1 (%n slide in all)</numerusform>
            <numerusform>Added to your pitch: %1 (%n slides in all)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="404"/>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="448"/>
        <source>Not built: slide %1 cannot go into the pitch (marked above). Take it out or pick it again.</source>
        <translation>Not built: slide %1 cannot go into the pitch (marked above). Take it out or pick it again.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="465"/>
        <source>Untitled slide</source>
        <translation>Untitled slide</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="466"/>
        <source>Slide %1 · %2</source>
        <translation>Slide %1 · %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="472"/>
        <source>The deck was updated: now slide %1 of version %2</source>
        <translation>The deck was updated: now slide %1 of version %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="509"/>
        <source>Undo clear</source>
        <translation>Undo clear</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="509"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="513"/>
        <source>Building the pitch…</source>
        <translation>Building the pitch…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="513"/>
        <source>Build pitch…</source>
        <translation>Build pitch…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="516"/>
        <source>%n slide(s) in your pitch</source>
        <translation>
            <numerusform>%n slide in your pitch</numerusform>
            <numerusform>%n slides in your pitch</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="527"/>
        <source>YOUR PITCH</source>
        <translation>YOUR PITCH</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="528"/>
        <source>Hide the pitch basket (Ctrl+Shift+B)</source>
        <translation>Hide the pitch basket (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="531"/>
        <source>Pick slides for a pitch: “Add to pitch” in the preview (Ctrl+B), or right-click a slide in the results or the filmstrip. Drag them into order, then build one .pptx.</source>
        <translation>Pick slides for a pitch: “Add to pitch” in the preview (Ctrl+B), or right-click a slide in the results or the filmstrip. Drag them into order, then build one .pptx.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="535"/>
        <source>Slides in your pitch</source>
        <translation>Slides in your pitch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="536"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="537"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="538"/>
        <source>Take out of the pitch</source>
        <translation>Take out of the pitch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="539"/>
        <source>Save the picked slides, in this order, as one PowerPoint file</source>
        <translation>Save the picked slides, in this order, as one PowerPoint file</translation>
    </message>
</context>
<context>
    <name>PitchButton</name>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_wiring.py" line="46"/>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_wiring.py" line="47"/>
        <source>Your pitch basket: slides picked for one .pptx (Ctrl+Shift+B)</source>
        <translation>Your pitch basket: slides picked for one .pptx (Ctrl+Shift+B)</translation>
    </message>
</context>
<context>
    <name>PitchResultBox</name>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/pitch_result.py" line="72"/>
        <source>Pitch saved: %1 (%n slide(s))</source>
        <translation>
            <numerusform>Pitch saved: %1 (%n slide)</numerusform>
            <numerusform>Pitch saved: %1 (%n slides)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_result.py" line="80"/>
        <source>Not carried into the pitch:</source>
        <translation>Not carried into the pitch:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_result.py" line="98"/>
        <source>No application could be started for %1.</source>
        <translation>No application could be started for %1.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_result.py" line="109"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_result.py" line="110"/>
        <source>Open the pitch in its application</source>
        <translation>Open the pitch in its application</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_result.py" line="111"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="298"/>
        <source>Select a result to preview it here.</source>
        <translation>Select a result to preview it here.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="326"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="293"/>
        <source>This item or slide is not in this library. It may have been removed.</source>
        <translation>This item or slide is not in this library. It may have been removed.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="344"/>
        <source>This item cannot be previewed. %1</source>
        <translation>This item cannot be previewed. %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="431"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="432"/>
        <source>updated %1</source>
        <translation>updated %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="436"/>
        <source>review was due %1</source>
        <translation>review was due %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="473"/>
        <source>Speaker notes:</source>
        <translation>Speaker notes:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="488"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="496"/>
        <source>Text copied</source>
        <translation>Text copied</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="507"/>
        <source>Link copied: %1</source>
        <translation>Link copied: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="527"/>
        <source>The file manager could not be started for %1.</source>
        <translation>The file manager could not be started for %1.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="529"/>
        <source>No application is set up to open %1. “Show in folder” finds the file.</source>
        <translation>No application is set up to open %1. “Show in folder” finds the file.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="538"/>
        <source>Open original</source>
        <translation>Open original</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="539"/>
        <source>Open the file in its application (Enter)</source>
        <translation>Open the file in its application (Enter)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="541"/>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="542"/>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="544"/>
        <source>Field intel</source>
        <translation>Field intel</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="545"/>
        <source>Add to pitch</source>
        <translation>Add to pitch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="546"/>
        <source>Compare versions…</source>
        <translation>Compare versions…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="548"/>
        <source>Compare this item&apos;s versions side by side</source>
        <translation>Compare this item&apos;s versions side by side</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="550"/>
        <source>Copy a link that opens the app at this slide, page or row</source>
        <translation>Copy a link that opens the app at this slide, page or row</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="552"/>
        <source>Tell marketing what you met in the field (Ctrl+Shift+I)</source>
        <translation>Tell marketing what you met in the field (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="553"/>
        <source>Put this slide in your pitch basket (Ctrl+B)</source>
        <translation>Put this slide in your pitch basket (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="543"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="475"/>
        <source>Your profile</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="476"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="479"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="480"/>
        <source>Team or region, e.g. North</source>
        <translation>Team or region, e.g. North</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="481"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="483"/>
        <source>On a team server your admin sets your role and team.</source>
        <translation>On a team server your admin sets your role and team.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="485"/>
        <source>Changing the role needs an admin once one exists.</source>
        <translation>Changing the role needs an admin once one exists.</translation>
    </message>
</context>
<context>
    <name>ReportDetail</name>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="242"/>
        <source>An answer to the author, or the reason for a decline (the author is notified)</source>
        <translation>An answer to the author, or the reason for a decline (the author is notified)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="244"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="246"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="247"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="248"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="249"/>
        <source>Decline…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="252"/>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="253"/>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="254"/>
        <source>Take it</source>
        <translation>Take it</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="255"/>
        <location filename="../../enablement/ui/loop/report_detail.py" line="429"/>
        <source>Led to:</source>
        <translation>Led to:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="256"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="260"/>
        <source>An item</source>
        <translation>An item</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="261"/>
        <source>A battle card</source>
        <translation>A battle card</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="262"/>
        <source>A ballot</source>
        <translation>A ballot</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="263"/>
        <source>A new version</source>
        <translation>A new version</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="266"/>
        <source>Choose an entry to see it in full.</source>
        <translation>Choose an entry to see it in full.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="349"/>
        <source>Marketing&apos;s answer (%1, %2):</source>
        <translation>Marketing&apos;s answer (%1, %2):</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="353"/>
        <source>No answer yet.</source>
        <translation>No answer yet.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="365"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="385"/>
        <source>the ballot %1</source>
        <translation>the ballot %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="389"/>
        <source>a version</source>
        <translation>a version</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="391"/>
        <source>the version %1 of %2</source>
        <translation>the version %1 of %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="394"/>
        <source>the battle card %1</source>
        <translation>the battle card %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="401"/>
        <source>Sent by %1 on %2</source>
        <translation>Sent by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="407"/>
        <source>About:</source>
        <translation>About:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="409"/>
        <source>given on version %1</source>
        <translation>given on version %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="411"/>
        <source>About: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="413"/>
        <source>Deal: %1</source>
        <translation>Deal: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="415"/>
        <source>Size: %1</source>
        <translation>Size: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="417"/>
        <source>Attached: %1</source>
        <translation>Attached: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="418"/>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="419"/>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="424"/>
        <source>Led to: nothing yet</source>
        <translation>Led to: nothing yet</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="384"/>
        <location filename="../../enablement/ui/loop/report_detail.py" line="427"/>
        <source>ballot %1</source>
        <translation>ballot %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="428"/>
        <source>Led to the ballot %1</source>
        <translation>Led to the ballot %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="395"/>
        <location filename="../../enablement/ui/loop/report_detail.py" line="435"/>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="433"/>
        <source>Led to a version that was removed since</source>
        <translation>Led to a version that was removed since</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="437"/>
        <source>battle card %1</source>
        <translation>battle card %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="443"/>
        <source>version %1 of %2</source>
        <translation>version %1 of %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="502"/>
        <source>Choose what the entry led to first.</source>
        <translation>Choose what the entry led to first.</translation>
    </message>
</context>
<context>
    <name>ReportListView</name>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="121"/>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="126"/>
        <source>Intel and feedback</source>
        <translation>Intel and feedback</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="130"/>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="132"/>
        <source>Filter by text, author, item…</source>
        <translation>Filter by text, author, item…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="156"/>
        <source>Any competitor</source>
        <translation>Any competitor</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="159"/>
        <source>Any owner</source>
        <translation>Any owner</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="159"/>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="267"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="121"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="122"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="123"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="124"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="125"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="126"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="127"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../enablement/ui/models/result_delegate.py" line="314"/>
        <source>not all words</source>
        <translation>not all words</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/models/result_delegate.py" line="364"/>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/models/result_delegate.py" line="383"/>
        <source>Hide %n more hit(s)</source>
        <translation>
            <numerusform>Hide %n more hit</numerusform>
            <numerusform>Hide %n more hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/models/result_delegate.py" line="385"/>
        <source>%n more hit(s) in this item</source>
        <translation>
            <numerusform>%n more hit in this item</numerusform>
            <numerusform>%n more hits in this item</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="260"/>
        <source>%1 items, %2 slides, pages, rows and sections are ready to search.</source>
        <translation>%1 items, %2 slides, pages, rows and sections are ready to search.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="265"/>
        <source>Find the slide, the row, the answer</source>
        <translation>Find the slide, the row, the answer</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="267"/>
        <source>Type a few words — in Russian or English. Try:</source>
        <translation>Type a few words — in Russian or English. Try:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="269"/>
        <source>Type a few words — in Russian or English.</source>
        <translation>Type a few words — in Russian or English.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="270"/>
        <source>Ctrl+K focuses the search field · ↑/↓ move through hits · Enter opens · Esc clears</source>
        <translation>Ctrl+K focuses the search field · ↑/↓ move through hits · Enter opens · Esc clears</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/results_panel.py" line="332"/>
        <source>%n full match(es)</source>
        <translation>
            <numerusform>%n full match</numerusform>
            <numerusform>%n full matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/results_panel.py" line="333"/>
        <source>%n listed</source>
        <translation>
            <numerusform>%n listed</numerusform>
            <numerusform>%n listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/results_panel.py" line="335"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/results_panel.py" line="337"/>
        <source>in %n item(s)</source>
        <translation>
            <numerusform>in %n item</numerusform>
            <numerusform>in %n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="338"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="340"/>
        <source>not all words matched</source>
        <translation>not all words matched</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="349"/>
        <source>Nothing found for “%1”</source>
        <translation>Nothing found for “%1”</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="353"/>
        <source>search without filters</source>
        <translation>search without filters</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="359"/>
        <source>Searched with filters: %1</source>
        <translation>Searched with filters: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="375"/>
        <source>Did you mean:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="380"/>
        <source>Check the spelling and keyboard layout, use fewer words, or import more files.</source>
        <translation>Check the spelling and keyboard layout, use fewer words, or import more files.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="442"/>
        <source>Add slide %1 to the pitch</source>
        <translation>Add slide %1 to the pitch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="463"/>
        <source>Group by item</source>
        <translation>Group by item</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="464"/>
        <source>Show one card per item; expand it to see its other hits</source>
        <translation>Show one card per item; expand it to see its other hits</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="465"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="147"/>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="149"/>
        <source>Nothing needs review: every published item is within its review-by date.</source>
        <translation>Nothing needs review: every published item is within its review-by date.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="152"/>
        <location filename="../../enablement/ui/workbench/review_page.py" line="159"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="152"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="152"/>
        <location filename="../../enablement/ui/workbench/review_page.py" line="159"/>
        <source>Review by</source>
        <translation>Review by</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="152"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="154"/>
        <source>My items</source>
        <translation>My items</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="156"/>
        <source>You own no items yet. An item&apos;s owner is set at import or in the card editor.</source>
        <translation>You own no items yet. An item&apos;s owner is set at import or in the card editor.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="159"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="192"/>
        <source>Still valid</source>
        <translation>Still valid</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="193"/>
        <location filename="../../enablement/ui/workbench/review_page.py" line="271"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="225"/>
        <source>Double-click to preview it</source>
        <translation>Double-click to preview it</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="267"/>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="269"/>
        <source>Publish again</source>
        <translation>Publish again</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="269"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="272"/>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="316"/>
        <source>No moves recorded yet.</source>
        <translation>No moves recorded yet.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/status_history.py" line="46"/>
        <source>{when} {who}: still valid, review by {date}</source>
        <translation>{when} {who}: still valid, review by {date}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/status_history.py" line="50"/>
        <source>{when} {who}: created as {new}</source>
        <translation>{when} {who}: created as {new}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/status_history.py" line="54"/>
        <source>{when} {who}: {old} → {new}</source>
        <translation>{when} {who}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="97"/>
        <source>Team library %1, signed in as %2</source>
        <translation>Team library %1, signed in as %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="99"/>
        <source>This computer&apos;s copy: %1</source>
        <translation>This computer&apos;s copy: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="105"/>
        <location filename="../../enablement/ui/settings_dialog.py" line="108"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="109"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="110"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="128"/>
        <source>Open a library folder</source>
        <translation>Open a library folder</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="134"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="135"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="136"/>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="137"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="138"/>
        <source>Open another…</source>
        <translation>Open another…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="185"/>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="313"/>
        <source>Fill in the server, the database and your user name.</source>
        <translation>Fill in the server, the database and your user name.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="229"/>
        <source>The user name or password is wrong, or this account was removed. Check them, or ask your team&apos;s admin for a new password.</source>
        <translation>The user name or password is wrong, or this account was removed. Check them, or ask your team&apos;s admin for a new password.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="234"/>
        <source>The server is not reachable, or it refused the connection. Check the server and database names and your network, then try again.</source>
        <translation>The server is not reachable, or it refused the connection. Check the server and database names and your network, then try again.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="282"/>
        <source>Connect to team server</source>
        <translation>Connect to team server</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="283"/>
        <source>Sign in to your team&apos;s library</source>
        <translation>Sign in to your team&apos;s library</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="286"/>
        <source>Use the account your admin gave you. The library is copied to this computer, so search keeps working when the server is out of reach.</source>
        <translation>Use the account your admin gave you. The library is copied to this computer, so search keeps working when the server is out of reach.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="290"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="292"/>
        <source>hub.example.com or hub.example.com:5433</source>
        <translation>hub.example.com or hub.example.com:5433</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="293"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="295"/>
        <source>e.g. sales</source>
        <translation>e.g. sales</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="296"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="298"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="300"/>
        <source>&amp;Remember password on this computer</source>
        <translation>&amp;Remember password on this computer</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="302"/>
        <source>This computer has no password keyring, so the password cannot be remembered: you will be asked for it at each start.</source>
        <translation>This computer has no password keyring, so the password cannot be remembered: you will be asked for it at each start.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="305"/>
        <source>Kept in the system&apos;s password keyring, never in a file.</source>
        <translation>Kept in the system&apos;s password keyring, never in a file.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="308"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="309"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SlideCanvas</name>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="113"/>
        <source>Hidden slide</source>
        <translation>Hidden slide</translation>
    </message>
</context>
<context>
    <name>SlidePreview</name>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="248"/>
        <source>This deck has no slides</source>
        <translation>This deck has no slides</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="279"/>
        <source>Add slide %1 to the pitch</source>
        <translation>Add slide %1 to the pitch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="298"/>
        <source>No speaker notes on this slide.</source>
        <translation>No speaker notes on this slide.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="387"/>
        <source>SPEAKER NOTES</source>
        <translation>SPEAKER NOTES</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="388"/>
        <source>Previous slide (Page Up)</source>
        <translation>Previous slide (Page Up)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="389"/>
        <source>Next slide (Page Down)</source>
        <translation>Next slide (Page Down)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="390"/>
        <source>Slides of this deck</source>
        <translation>Slides of this deck</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/status_history.py" line="138"/>
        <source>%n earlier</source>
        <translation>
            <numerusform>%n earlier</numerusform>
            <numerusform>%n earlier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message numerus="yes">
        <location filename="../../enablement/ui/top_bar.py" line="200"/>
        <source>%n ballot(s) wait for your vote</source>
        <translation>
            <numerusform>%n ballot waits for your vote</numerusform>
            <numerusform>%n ballots wait for your vote</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="203"/>
        <source>Enablement Hub</source>
        <translation>Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="204"/>
        <source>Search slides, battle cards, catalogs…   Ctrl+K</source>
        <translation>Search slides, battle cards, catalogs…   Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="205"/>
        <location filename="../../enablement/ui/top_bar.py" line="206"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="207"/>
        <source>Browse</source>
        <translation>Browse</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="208"/>
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="210"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="212"/>
        <source>Field intel and feedback: what you sent and what came of it; triage for marketing</source>
        <translation>Field intel and feedback: what you sent and what came of it; triage for marketing</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="214"/>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="216"/>
        <source>The numbers sales and marketing both see: freshness, coverage, response, voice, demand</source>
        <translation>The numbers sales and marketing both see: freshness, coverage, response, voice, demand</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="218"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="220"/>
        <source>Import files or folders (you can also drop them on the window)</source>
        <translation>Import files or folders (you can also drop them on the window)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="222"/>
        <source>Imports are for marketing: ask your marketing team to add files to the library.</source>
        <translation>Imports are for marketing: ask your marketing team to add files to the library.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="224"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>VersionsLoop</name>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="561"/>
        <source>Version %1 of “%2” is the newest again (as version %3).</source>
        <translation>Version %1 of “%2” is the newest again (as version %3).</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <location filename="../../enablement/ui/voting/texts.py" line="34"/>
        <source>%1d %2h</source>
        <comment>countdown: days and hours left</comment>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/texts.py" line="37"/>
        <source>%1h %2m</source>
        <comment>countdown: hours and minutes left</comment>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/texts.py" line="39"/>
        <source>%1m %2s</source>
        <comment>countdown: minutes and seconds left</comment>
        <translation>%1m %2s</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="222"/>
        <source>Ballots</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="223"/>
        <source>Sales is heard before release; marketing decides in the open.</source>
        <translation>Sales is heard before release; marketing decides in the open.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="224"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="228"/>
        <source>New ballot…</source>
        <translation>New ballot…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="284"/>
        <source>Nothing new.</source>
        <translation>Nothing new.</translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="74"/>
        <source>Import and &amp;watch a folder…</source>
        <translation>Import and &amp;watch a folder…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="75"/>
        <source>Watc&amp;hed folders…</source>
        <translation>Watc&amp;hed folders…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="135"/>
        <source>%1 new</source>
        <translation>%1 new</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="136"/>
        <source>%1 updated</source>
        <translation>%1 updated</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="137"/>
        <source>%1 moved</source>
        <translation>%1 moved</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="138"/>
        <source>%1 archived (file deleted)</source>
        <translation>%1 archived (file deleted)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="139"/>
        <source>%1 published again (file back)</source>
        <translation>%1 published again (file back)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="140"/>
        <source>%1 rejected</source>
        <translation>%1 rejected</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="143"/>
        <source>Watched folders: %1</source>
        <translation>Watched folders: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="147"/>
        <source>A watched folder could not be imported: %1</source>
        <translation>A watched folder could not be imported: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="153"/>
        <source>Import and watch a folder</source>
        <translation>Import and watch a folder</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="180"/>
        <source>Watching %1: new, changed and deleted files will be picked up.</source>
        <translation>Watching %1: new, changed and deleted files will be picked up.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="189"/>
        <source>The folder cannot be watched: %1</source>
        <translation>The folder cannot be watched: %1</translation>
    </message>
</context>
<context>
    <name>WatchedFoldersDialog</name>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="238"/>
        <source>Watched folders</source>
        <translation>Watched folders</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="241"/>
        <source>New, changed and renamed files in these folders reach the library within seconds; a deleted file&apos;s item is archived. Stopping keeps the items already imported.</source>
        <translation>New, changed and renamed files in these folders reach the library within seconds; a deleted file&apos;s item is archived. Stopping keeps the items already imported.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="245"/>
        <source>&amp;Stop watching</source>
        <translation>&amp;Stop watching</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="246"/>
        <source>&amp;Import and watch a folder…</source>
        <translation>&amp;Import and watch a folder…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="264"/>
        <source>(missing: watched again at the next start once it is back)</source>
        <translation>(missing: watched again at the next start once it is back)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="268"/>
        <source>No folder is watched yet.</source>
        <translation>No folder is watched yet.</translation>
    </message>
</context>
<context>
    <name>WelcomeStrip</name>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="359"/>
        <source>Welcome to Enablement Hub.</source>
        <translation>Welcome to Enablement Hub.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="361"/>
        <source>This is a demo library of battle cards, decks and price lists to try search on.</source>
        <translation>This is a demo library of battle cards, decks and price lists to try search on.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="363"/>
        <source>To add your own files, drop files or folders on this window, or use File → Import…</source>
        <translation>To add your own files, drop files or folders on this window, or use File → Import…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="367"/>
        <source>This is your own library: search, Browse and the pitch basket work on the decks, battle cards and price lists you bring into it.</source>
        <translation>This is your own library: search, Browse and the pitch basket work on the decks, battle cards and price lists you bring into it.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="371"/>
        <source>To bring a whole folder and keep it up to date, use File → Import and watch a folder…; to add files once, drop files or folders on this window or use File → Import files…</source>
        <translation>To bring a whole folder and keep it up to date, use File → Import and watch a folder…; to add files once, drop files or folders on this window or use File → Import files…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="375"/>
        <source>Import your files…</source>
        <translation>Import your files…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="379"/>
        <source>Imports are for marketing: ask your marketing team to add files to the library.</source>
        <translation>Imports are for marketing: ask your marketing team to add files to the library.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="381"/>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
</context>
</TS>
