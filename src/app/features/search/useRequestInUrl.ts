// The search box's request and the URL's ?q= and filters, kept in step both ways: typing writes the URL (a search is
// a link), and a URL that changes from outside (a cold search link, Back/Forward) sets the box.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { emptyRequest, requestFromParams, sameRequest, withRequest, type SearchRequest } from './request.ts';

export function useRequestInUrl(): [SearchRequest, (next: SearchRequest) => void] {
  const [params, setParams] = useSearchParams();
  const urlRequest = useMemo(() => requestFromParams(params), [params]);
  // The first render must match the prerendered page, which has no search; the URL is read after it.
  const [request, setRequest] = useState<SearchRequest>(emptyRequest);
  /** The request the URL last told the box (the prerendered page's is empty). */
  const fromUrl = useRef<SearchRequest>(emptyRequest);
  /** Requests the box wrote to the URL that have not come back from the router yet, oldest first. */
  const written = useRef<SearchRequest[]>([]);
  /** The last request typed or chosen in the box: only those are written to the URL. */
  const typed = useRef<SearchRequest | null>(null);

  // URL → box. The box's own writes coming back are not news (text typed meanwhile must stay), and neither is the
  // empty URL the page mounts with: a reader who started typing while the page was hydrating keeps the words.
  useEffect(() => {
    const own = written.current.findIndex((sent) => sameRequest(sent, urlRequest));
    if (own >= 0) {
      written.current.splice(0, own + 1);
      return;
    }
    if (sameRequest(fromUrl.current, urlRequest)) return;
    fromUrl.current = urlRequest;
    written.current = [];
    setRequest(urlRequest);
  }, [urlRequest]);

  // Box → URL, once the change is committed: a navigation asked for during the page's first render (typing while it
  // hydrates) would be dropped by the router.
  useEffect(() => {
    if (request !== typed.current || sameRequest(request, urlRequest)) return;
    written.current.push(request);
    fromUrl.current = request;
    setParams((previous) => withRequest(previous, request), { replace: true, preventScrollReset: true });
    // only a new request is written: the URL's own changes (and setParams, new with each) are handled above
  }, [request]);

  const change = useCallback((next: SearchRequest) => {
    typed.current = next;
    setRequest(next);
  }, []);
  return [request, change];
}
