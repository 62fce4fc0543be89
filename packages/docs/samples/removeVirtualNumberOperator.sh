curl -X DELETE "https://api.identitycall.ai/api/v1/public/virtual_numbers/7/remove_operator?operator_id=22" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY"
