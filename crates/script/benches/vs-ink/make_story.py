"""Writes the same three-session sample story in the guide language (session-N.guide) and
in ink (story.ink), for the side-by-side benchmark with inkjs. One description, two
renderings, so the two stories say and ask exactly the same things."""
import json

SESSIONS = [
    ("Noticing worry", [
        "Hello, and welcome to the first of three short sessions.",
        "Today we will notice how worry shows up for you.",
    ], [
        ("week", "How has your week been?", [("good", "Good", "That's good to hear."), ("mixed", "Mixed", "Weeks are often up and down."), ("hard", "Hard", "I'm sorry it has been hard.")], "Thank you for telling me."),
        ("where", "Where do you notice worry most?", [("thoughts", "In my thoughts", "Lots of people notice the what ifs first."), ("body", "In my body", "The body often knows before we do."), ("actions", "In what I do", "Checking and putting things off are common.")], "Worry shows up in all three places."),
        ("when", "When does worry tend to start?", [("morning", "In the morning", "Mornings can be hard."), ("evening", "In the evening", "Evenings give worry room to grow."), ("night", "At night", "Night-time worry can keep us awake.")], "Noticing when it starts is a first step."),
    ], ["Before next time, notice one worry a day.", "Well done for today."]),
    ("Worry time", [
        "Welcome back to the second session.",
        "Today we will try setting aside time for worry.",
    ], [
        ("noticed", "How did noticing worry go?", [("well", "It went well", "Great, keep it up."), ("some", "I managed some", "Some is a good start."), ("forgot", "I forgot", "That's fine. Let's try again.")], "Thanks for trying it."),
        ("slot", "When could your worry time be?", [("lunch", "At lunchtime", "Lunchtime works for many people."), ("teatime", "After tea", "After tea is a good choice."), ("walk", "On a walk", "A walk can help you think.")], "Keep it the same time each day."),
        ("length", "How long should it be?", [("ten", "Ten minutes", "Ten minutes is plenty to start."), ("fifteen", "Fifteen minutes", "Fifteen minutes works well."), ("twenty", "Twenty minutes", "Twenty minutes is the most you need.")], "When the time is up, move on to something else."),
    ], ["Try worry time every day this week.", "See you next time."]),
    ("Practical problems", [
        "Welcome to the third session.",
        "Today we will sort worries into two kinds.",
    ], [
        ("worrytime", "How did worry time go?", [("helped", "It helped", "I'm glad it helped."), ("mixed", "It was mixed", "It often takes practice."), ("hard", "It was hard", "Thank you for sticking with it.")], "Let's build on that."),
        ("kind", "Is your main worry practical or a what if?", [("practical", "Practical", "Then we can make a plan."), ("whatif", "A what if", "Then worry time is the right tool."), ("unsure", "Not sure", "We can sort it together.")], "Knowing the kind helps us choose what to do."),
        ("step", "What is one small step you could take?", [("call", "Make a call", "A call is a clear first step."), ("write", "Write a list", "A list makes it feel smaller."), ("ask", "Ask for help", "Asking for help is a strength.")], "Small steps add up."),
    ], ["Try one small step before next time.", "Thank you. That's the end of the sample."]),
]

ink = []
for n, (title, intro, questions, outro) in enumerate(SESSIONS, 1):
    g = ["---", f"id: sample-{n}", "week: 1", f"number: {n}", f"title: {title}", "minutes: 10", "---", "== start"]
    g += intro
    ink += [f"=== session_{n} ==="] + intro
    for var, ask, options, after in questions:
        g += [f"? choice {var}: {ask}", f"  rephrase: In other words, {ask[0].lower() + ask[1:]}",
              "  reprompt: Sorry, could you choose one of the options?"]
        g += [f"  * {key}: {label}" for key, label, _ in options]
        g += [f"  else -> after-{var}"]
        for i, (key, _, reply) in enumerate(options):
            g += [("@if" if i == 0 else "@elif") + f" {var} == {key}", f"  {reply}"]
        g += ["@endif", f"-> after-{var}", f"== after-{var}", after]
        ink += [ask] + [f"* [{label}]\n  {reply}" for _, label, reply in options] + [f"- {after}"]
    g += outro + ["-> end", ""]
    ink += outro + ["-> END", ""]
    open(f"session-{n}.guide", "w").write("\n".join(g))
open("story.ink", "w").write("-> DONE\n\n" + "\n".join(ink))
# The same choices for both players: per session, the option index for each question.
json.dump([[0, 1, 2], [1, 2, 0], [2, 0, 1]], open("choices.json", "w"))
