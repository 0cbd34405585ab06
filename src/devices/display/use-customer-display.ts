import { useEffect, useState } from 'react';
import { subscribeToDisplay } from './display-channel';
import type { DisplayContent } from './display-message';

/** What the till last published for the customer, or `undefined` until the till answers. */
export function useCustomerDisplay(channelName?: string): DisplayContent | undefined {
  const [content, setContent] = useState<DisplayContent>();
  useEffect(() => subscribeToDisplay((view) => setContent(view.content), channelName), [channelName]);
  return content;
}
