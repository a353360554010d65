// The short private notes a click gets when its button cannot do what it says, the same on every platform.
export const BUTTON_NOTES = {
  unreadable: "That button's state could not be read (it may come from another version of the bot). Please ask again.",
  expired:
    "This answer's buttons have expired (they last a day, and not across a restart of the bot). Please ask again.",
  stale:
    'The events have changed since this answer was made, so its buttons are out of date. Please ask again for an up-to-date answer.',
  unknownEvent: 'That event is no longer in the dataset. Please ask again.',
  unknownAction: 'That button is not one this version of the bot knows. Please ask again.',
  failed: 'Sorry, something went wrong with that button. It has been logged; please try again in a minute.',
} as const;
